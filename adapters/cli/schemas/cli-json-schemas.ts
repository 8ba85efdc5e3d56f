import { z } from "zod";
import { serverReportSchema } from "../../../src/server-report/server-report-schema.js";
import { diagnosisJsonSchema } from "./diagnosis-json-schema.js";
import { jsonlInputLineSchema } from "./jsonl-input-line-schema.js";
import { jsonlOutputLineSchema } from "./jsonl-output-line-schema.js";
import { probeJsonSchema } from "./probe-json-schema.js";

const documents = [
  ["diagnosis.schema.json", "rdp-fix diagnose --json", diagnosisJsonSchema],
  ["probe.schema.json", "rdp-fix probe --json", probeJsonSchema],
  ["jsonl-output.schema.json", "rdp-fix diagnose --jsonl: one output line", jsonlOutputLineSchema],
  ["jsonl-input.schema.json", "rdp-fix diagnose --jsonl: one input line", jsonlInputLineSchema],
  [
    "server-report.schema.json",
    "rdp-fix collector: the server report (the JSON of -Json, or inside the RDPFIX1 line)",
    serverReportSchema,
  ],
] as const;

/**
 * The JSON Schemas committed in schemas/, by file name, generated from the zod schemas the tests validate
 * real output with (scripts/write-cli-json-schemas.ts writes them; a test fails when they are stale). They
 * describe input shapes, so objects stay open: a field added later does not break a strict consumer.
 */
export function cliJsonSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    documents.map(([file, title, schema]) => [
      file,
      { ...z.toJSONSchema(schema, { io: "input" }), $id: `https://rdp-fix.dev/schemas/${file}`, title },
    ]),
  );
}
