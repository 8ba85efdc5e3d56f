import { z } from "zod";

/** What a script may send to `rdp-fix diagnose --jsonl`, one object per line; the runner parses with it. */
export const jsonlInputLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("answer"), question: z.string(), answer: z.string() }),
  z.object({ type: z.literal("skip"), question: z.string() }),
  z.object({ type: z.literal("results") }).describe("stop asking and show the diagnosis now"),
  z.object({ type: z.literal("consent"), allow: z.boolean() }),
  z.object({
    type: z.literal("feedback"),
    fix: z
      .string()
      .regex(/^[1-9]\d*[a-z]$/, 'a fix label as the diagnosis numbers them, e.g. "1a"')
      .describe('cause number and fix letter in the last diagnosis, e.g. "1a"'),
    worked: z.boolean(),
  }),
  z
    .object({
      type: z.literal("rule-out"),
      cause: z
        .string()
        .min(1)
        .describe('the cause number in the last diagnosis ("2") or its id ("cert-expired")'),
    })
    .describe("the person says this is not the cause: it is set aside whatever the evidence says"),
  z
    .object({
      type: z.literal("recheck"),
      fix: z
        .string()
        .regex(/^[1-9]\d*[a-z]$/, 'a fix label as the diagnosis numbers them, e.g. "1a"')
        .describe("the fix that was applied, as the last diagnosis labels it"),
    })
    .describe("the fix was applied: probe again and compare with the probes before it"),
  z
    .object({ type: z.literal("describe"), text: z.string().min(1).max(100_000) })
    .describe(
      "the person's own words: what they imply answers the open questions (a reading line says what)",
    ),
  z
    .object({ type: z.literal("correct"), question: z.string() })
    .describe("what was read for this question is wrong: it is forgotten and the question asked"),
  z.object({ type: z.literal("more") }).describe("show more causes"),
  z.object({ type: z.literal("handoff") }).describe("a summary for the next person"),
  z
    .object({
      type: z.literal("evidence"),
      report: z
        .union([z.string().min(1), z.record(z.string(), z.unknown())])
        .describe("the collector's RDPFIX1: line, or its JSON (schemas/server-report.schema.json)"),
    })
    .describe(
      "a server report from rdp-fix collector: its findings join the evidence and the causes re-rank",
    ),
]);

export type JsonlInputLine = z.infer<typeof jsonlInputLineSchema>;
export const jsonlInputTypes = jsonlInputLineSchema.options.map((option) => option.shape.type.value);
