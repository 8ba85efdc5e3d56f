import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Lab and namespace tests start real servers; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
    // One real PostgreSQL server per run for the state store tests; each test file makes its own database.
    globalSetup: ["test/support/postgres/global-setup.ts"],
    // Every test worker refuses connections and lookups beyond loopback.
    setupFiles: ["test/support/refuse-network.setup.ts"],
  },
});
