import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultFlowDir } from "../src/flow/default-flow-dir.js";
import { flowJsonSchema } from "../src/flow/flow-json-schema.js";

// Regenerates flows/flow.schema.json; test/flow/flow-json-schema.test.ts fails when it is stale.
const target = join(defaultFlowDir(), "flow.schema.json");
writeFileSync(target, `${JSON.stringify(flowJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
