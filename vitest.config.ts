import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Lab and namespace tests start real servers; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
  },
});
