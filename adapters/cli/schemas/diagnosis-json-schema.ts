import { z } from "zod";

/**
 * The contract of `rdp-fix diagnose --json`, written by hand: the tests hold real output against it and
 * schemas/diagnosis.schema.json is generated from it. Objects stay open: fields are added, never renamed.
 */
const stepSchema = z.object({
  text: z.string(),
  command: z.string().optional().describe("exact command or console path, copyable as is"),
  shell: z.enum(["powershell", "cmd", "gui", "bash"]).optional(),
});

const fixSchema = z.object({
  id: z.string(),
  title: z.string(),
  where: z.enum(["server", "client", "network"]),
  needs: z.enum(["console", "admin", "user"]),
  risk: z.enum(["safe", "disruptive", "temporary-insecure"]),
  revert: z.string().optional(),
  steps: z.array(stepSchema).min(1),
  verify: stepSchema,
});

const evidenceItemSchema = z.object({
  source: z.enum(["answer", "finding", "feedback"]),
  ref: z
    .string()
    .describe("question=answer, finding id, or cause/fixes-tried and cause/ruled-out for feedback"),
  label: z.string(),
  bits: z.number(),
});

export const findingJsonSchema = z.object({
  id: z.string(),
  detail: z.string().optional(),
  address: z.string().optional(),
  at: z.string().describe("ISO time of the observation"),
  explanation: z.string(),
});

export const probingJsonSchema = z
  .union([
    z.object({ ran: z.literal(true) }),
    z.object({
      ran: z.literal(false),
      because: z.enum(["no-probe", "unavailable", "no-consent", "declined"]),
    }),
    z.object({
      ran: z.literal(false),
      because: z.literal("refused"),
      refused: z.object({
        code: z.string().describe("the probe policy's denial code, e.g. always-denied, not-allowed"),
        reason: z.string(),
        text: z.string().describe("the refusal as a person reads it, naming what an operator could change"),
      }),
    }),
  ])
  .describe("whether the probes ran, and if not why");

/** A re-check after a fix: the facts the fix should change, before and after it. */
export const recheckJsonSchema = z.object({
  causeId: z.string(),
  causeTitle: z.string(),
  fixId: z.string(),
  fixTitle: z.string(),
  verdict: z
    .enum(["fixed", "unchanged", "changed", "not-visible"])
    .describe("fixed: every finding that pointed at the cause is gone; not-visible: the probes never saw it"),
  rows: z.array(
    z.object({
      findingId: z.string(),
      explanation: z.string(),
      before: z.string().optional().describe("absent: not seen before the fix"),
      after: z.string().optional().describe("absent: not seen after the fix"),
    }),
  ),
});

/** What was read from the person's words: each fact is an answer given before the first question. */
export const readingJsonSchema = z.object({
  text: z.string().describe('"From your message: …", as the chat platforms word it'),
  facts: z.array(
    z.object({
      question: z.string().describe("question id"),
      answer: z.string().describe("answer id"),
      words: z.string().describe("the message's words that said it"),
      questionText: z.string(),
      answerLabel: z.string(),
    }),
  ),
});

export const diagnosisJsonFields = {
  schemaVersion: z.literal(1),
  host: z.string(),
  port: z.number().int().min(1).max(65535),
  probes: z.string().optional().describe("one-line summary of the probe run, when one ran"),
  probing: probingJsonSchema,
  findings: z.array(findingJsonSchema),
  causes: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        confidence: z.number().min(0).max(1),
        explanation: z.string(),
        evidence: z.object({ for: z.array(evidenceItemSchema), against: z.array(evidenceItemSchema) }),
        confirm: z.array(z.string()),
        fixes: z
          .array(fixSchema)
          .describe(
            "every fix, in the order to try them; those in triedFixIds did not help and keep their place",
          ),
        triedFixIds: z.array(z.string()).describe("fixes somebody tried that did not help"),
        standing: z
          .enum(["open", "fixes-tried", "ruled-out"])
          .describe(
            "open: still worth trying; fixes-tried: every fix tried, none helped; ruled-out: the person said it is not this",
          ),
        demoted: z
          .literal(true)
          .optional()
          .describe("set aside (standing is not open); listed after the open causes"),
      }),
    )
    .describe("every cause, best first"),
  stoppedBecause: z.enum([
    "confident",
    "question-limit",
    "no-useful-question",
    "asked-for-results",
    "feedback",
    "show-more",
    "resumed",
    "recheck",
    "server-report",
  ]),
  recheck: recheckJsonSchema
    .optional()
    .describe("after a re-check that did not prove the fix: what the probes saw before and after it"),
  evidence: z
    .object({
      strength: z
        .enum(["weak", "moderate", "strong"])
        .describe("weak: nothing observed points at the top cause yet; the ranking is a starting point"),
      topBits: z.number().min(0).describe("sum of the positive evidence bits for the top cause"),
    })
    .describe("how strongly the evidence points at the top cause"),
  nextChecks: z
    .object({
      probe: z.boolean().describe("no probe reported anything: probing is the quickest evidence"),
      question: z
        .object({ id: z.string(), text: z.string() })
        .optional()
        .describe("the most useful open question; answer it with --answer id=answer"),
      serverCheck: z.string().optional().describe("a check on the server that confirms the top cause"),
    })
    .optional()
    .describe("only when the evidence is weak: what to check next"),
  reading: readingJsonSchema
    .optional()
    .describe("--json with --describe: what was read from the person's words (already answered)"),
};

export const diagnosisJsonSchema = z.object(diagnosisJsonFields);
