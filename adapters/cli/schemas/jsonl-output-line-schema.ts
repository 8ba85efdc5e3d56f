import { z } from "zod";
import { diagnosisJsonFields, readingJsonSchema, recheckJsonSchema } from "./diagnosis-json-schema.js";
import { probeStepJsonSchema } from "./probe-json-schema.js";

const version = { schemaVersion: z.literal(1) };

/** What `rdp-fix diagnose --jsonl` writes, one object per line; schemas/jsonl-output.schema.json comes from it. */
export const jsonlOutputLineSchema = z.discriminatedUnion("type", [
  z.object({
    ...version,
    type: z.literal("question"),
    id: z.string(),
    text: z.string(),
    help: z.string().optional(),
    answers: z.array(z.object({ id: z.string(), label: z.string() })),
    number: z.number().int().min(1).describe("1-based number of this question"),
    maxQuestions: z.number().int().min(1),
    readAs: z
      .object({ answerId: z.string(), label: z.string() })
      .optional()
      .describe("asked again after a correction: the answer that had been read from the message"),
  }),
  z
    .object({ ...version, type: z.literal("reading"), ...readingJsonSchema.shape })
    .describe(
      'what was read from --describe or a describe line, answered already; correct one with {"type":"correct","question":Q}',
    ),
  z
    .object({
      ...version,
      type: z.literal("consent"),
      host: z.string(),
      port: z.number().int(),
      probes: z.array(z.string()).describe("what the probes will do"),
    })
    .describe('answer with {"type":"consent","allow":true|false}'),
  z.object({ ...version, type: z.literal("progress"), host: z.string(), step: probeStepJsonSchema }),
  z.object({ ...version, type: z.literal("notice"), text: z.string() }),
  z.object({ ...diagnosisJsonFields, type: z.literal("diagnosis") }),
  z.object({
    ...version,
    type: z.literal("solved"),
    causeId: z.string(),
    causeTitle: z.string(),
    fixId: z.string(),
    fixTitle: z.string(),
    proof: recheckJsonSchema.optional().describe("when a re-check proved the fix: before and after"),
  }),
  z.object({
    ...version,
    type: z.literal("handoff"),
    host: z.string(),
    port: z.number().int(),
    text: z.string().describe("the handoff summary as plain text, ready to paste"),
  }),
  z
    .object({ ...version, type: z.literal("error"), message: z.string() })
    .describe("an input line that could not be taken; the conversation goes on"),
]);

export type JsonlOutputLine = z.infer<typeof jsonlOutputLineSchema>;
