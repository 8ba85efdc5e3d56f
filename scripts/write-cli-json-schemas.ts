import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliJsonSchemas } from "../adapters/cli/schemas/cli-json-schemas.js";

// Regenerates schemas/*.schema.json; test/adapters/cli/cli-json-schemas.test.ts fails when they are stale.
const root = join(import.meta.dirname, "..");
const dir = join(root, "schemas");
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(cliJsonSchemas())) {
  writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${join(dir, file)}`);
}
// Biome lints these files too: leave them as it formats them.
execFileSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", dir], { stdio: "inherit" });
