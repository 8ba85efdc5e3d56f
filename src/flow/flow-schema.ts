import { z } from "zod";

/**
 * The shape of a flow file (flows/*.yaml). This is the single source for both runtime validation and the
 * JSON Schema that editors use (see scripts/write-flow-json-schema.ts), so the two can never drift apart.
 */

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and single dashes");

/** Finding ids are dotted: `<probe>.<observation>`, for example `tls.legacy-only`. */
export const findingIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
const findingId = z.string().regex(findingIdPattern, "must look like probe.observation, e.g. tcp.refused");

const text = z.string().trim().min(1, "must not be empty");

/**
 * Evidence in bits: the posterior of a cause is proportional to prior x 2^(sum of weights).
 * +1 somewhat more likely, +3 strongly suggests, -3 nearly rules out. Beyond +-8 a single observation would
 * swamp everything else, which always means a typo.
 */
export const evidenceSchema = z
  .record(
    kebabId,
    z.number().min(-8, "weights are bits; -8 is the floor").max(8, "weights are bits; 8 is the cap"),
  )
  .describe(
    "cause id -> weight in bits (+1 somewhat more likely, +3 strongly suggests, -3 nearly rules out)",
  );

const shellSchema = z.enum(["powershell", "cmd", "gui", "bash"]);

const stepSchema = z.strictObject({
  text,
  command: text.optional().describe("exact command or console path, copyable as is"),
  shell: shellSchema.optional(),
});

const fixSchema = z
  .strictObject({
    id: kebabId,
    title: text,
    where: z.enum(["server", "client", "network"]),
    needs: z.enum(["console", "admin", "user"]).describe("the access this fix needs"),
    risk: z.enum(["safe", "disruptive", "temporary-insecure"]),
    revert: text.optional().describe("how to undo it; required for temporary-insecure fixes"),
    steps: z.array(stepSchema).min(1, "a fix needs at least one step"),
    verify: stepSchema.describe("how to tell the fix worked"),
  })
  .refine((fix) => fix.risk !== "temporary-insecure" || fix.revert !== undefined, {
    message: "a temporary-insecure fix must say how to revert it (revert:)",
    path: ["revert"],
  });

const causeSchema = z.strictObject({
  id: kebabId,
  title: text,
  explanation: text.describe("one plain line: what is wrong"),
  prior: z.number().gt(0, "a prior must be above 0").lt(1, "a prior must be below 1"),
  confirm: z.array(text).min(1, "say how a human confirms this cause").describe("how a human confirms it"),
  fixes: z.array(fixSchema).min(1, "every cause needs at least one fix"),
});

/** A condition on what is already known: true when any listed finding is present or any answer was given. */
const conditionSchema = z
  .strictObject({
    anyFinding: z.array(findingId).min(1).optional(),
    anyAnswer: z
      .array(z.string().regex(/^[a-z0-9-]+=[a-z0-9-]+$/, "must be question-id=answer-id"))
      .min(1)
      .optional(),
    hostIsAddress: z
      .literal(true)
      .optional()
      .describe("holds when the host was given as an IP address (so 'does it work by IP' is already known)"),
  })
  .refine((c) => c.anyFinding !== undefined || c.anyAnswer !== undefined || c.hostIsAddress === true, {
    message: "a condition needs anyFinding, anyAnswer or hostIsAddress",
  });

/**
 * A wording that implies an answer, as people write it in a support channel: plain words, matched as whole
 * words after the flow's `reading.synonyms` (so "cert" and "certificate" are one). Between two words a
 * `...` lets up to four other words of the same clause stand in between ("port test ... false" reads
 * "port test said false"), none of them a negation. Words only, never a regular expression: reading stays
 * linear in the length of the message whatever anyone types.
 */
const saysPhrase = z
  .string()
  .regex(
    /^[a-z0-9']+(\.[a-z0-9]+)*( (\.\.\. )?[a-z0-9']+(\.[a-z0-9]+)*){0,7}$/,
    "must be 1 to 8 lower-case words (letters, digits, apostrophes, inner dots as in 1.0) separated by single spaces, with at most one `...` between two words",
  );

const answerSchema = z.strictObject({
  id: kebabId,
  label: text,
  evidence: evidenceSchema.default({}),
  says: z
    .array(saysPhrase)
    .optional()
    .describe(
      "wordings in a person's message that mean this answer (e.g. 'only me', 'since monday'); a phrase right after a negation ('not', 'no', 'never') does not count",
    ),
  outranks: z
    .array(kebabId)
    .optional()
    .describe(
      "answers of the same question this one wins over when a message says both: the more specific reading ('fails over the VPN' over 'on the VPN')",
    ),
  combines: z
    .tuple([kebabId, kebabId])
    .optional()
    .describe(
      "two answers of the same question that, both said in one message, mean this one ('on the VPN' and 'fine in the office': fails only over the VPN)",
    ),
  dontKnow: z
    .literal(true)
    .optional()
    .describe("the person cannot tell: no evidence, and it does not use up the question budget"),
});

const questionSchema = z.strictObject({
  id: kebabId,
  text,
  help: text.optional(),
  answers: z.array(answerSchema).min(2, "a question needs at least two answers"),
  askIf: conditionSchema.optional().describe("ask only when this holds"),
  skipIf: conditionSchema
    .optional()
    .describe("never ask when this holds: a probe or answer already settled it"),
  answerRate: z
    .number()
    .gt(0)
    .max(1)
    .optional()
    .describe("how often a support engineer without server access can answer it (default 0.85)"),
  topic: kebabId
    .optional()
    .describe("what the question is about (documentation only; `knowledge` drives the answer chance)"),
  knowledge: kebabId
    .optional()
    .describe(
      "what a person needs to know to answer it (e.g. anyone, client, server); a 'don't know' makes the other questions needing the same knowledge less likely to be answered",
    ),
});

/**
 * How messages are read before matching `says`: words that support chat writes for others ("cert" for
 * "certificate", "w/" for "with"), and the words that negate the phrase that follows them.
 */
const readingSchema = z.strictObject({
  synonyms: z
    .record(z.string().regex(/^[a-z0-9'/]+$/, "one lower-case word"), saysPhrase)
    .default({})
    .describe("a word as people type it -> the words the flow's `says` use"),
  negations: z
    .array(z.string().regex(/^[a-z0-9']+$/, "one lower-case word"))
    .default([])
    .describe("words that negate a phrase that follows within three words of the same clause"),
  negativeSubjects: z
    .array(z.string().regex(/^[a-z0-9']+$/, "one lower-case word"))
    .default([])
    .describe(
      "negations that are the subject of the clause ('nobody', 'none'): they negate only the word right after them, so 'nobody renamed it' is negated and 'nobody can connect since Monday' is not",
    ),
  hedges: z
    .array(saysPhrase)
    .default([])
    .describe(
      "wordings of doubt ('not sure', 'no idea if', 'maybe'): nothing in a clause with one is read, neither as said nor as negated",
    ),
  neutral: z
    .array(saysPhrase)
    .default([])
    .describe(
      "wordings that mean no answer and keep a shorter wording starting at the same word from being read ('everyone else' is not 'everyone')",
    ),
  basics: kebabId
    .optional()
    .describe(
      "the `knowledge` of questions nearly anyone can answer: asked before the others while evidence is thin",
    ),
});

const findingSchema = z.strictObject({
  id: findingId,
  explanation: text,
  evidence: evidenceSchema.default({}),
});

export const flowSchema = z.strictObject({
  id: kebabId,
  title: text,
  version: z.number().int().positive(),
  triggers: z.strictObject({
    codes: z.array(text).default([]).describe("error codes that triage recognises on their own, e.g. 0x904"),
    phrases: z.array(text).default([]).describe("phrases that triage recognises on their own, lower-case"),
    context: z
      .array(text)
      .default([])
      .describe(
        "words that name the topic (rdp, remote desktop) and count only together with a failure word",
      ),
    failureWords: z
      .array(text)
      .default([])
      .describe("words that say something failed (can't connect, refused)"),
  }),
  stopping: z
    .strictObject({
      maxQuestions: z
        .number()
        .int()
        .min(1)
        .max(30)
        .default(6)
        .describe("answered questions before the diagnosis; 'don't know' does not count"),
      maxAsks: z
        .number()
        .int()
        .min(1)
        .max(40)
        .optional()
        .describe("questions asked at most, 'don't know' and skips included (default maxQuestions + 2)"),
      confidence: z.number().gt(0).lt(1).default(0.8),
      leadRatio: z.number().min(1).default(2),
      shownCauses: z.number().int().min(1).max(10).default(3),
      minEvidenceBits: z
        .number()
        .min(0)
        .max(20)
        .default(3)
        .describe(
          "positive evidence bits the top cause needs before the reply reads as a diagnosis; below it the reply says 'not enough evidence yet' (default 3: one 'strongly suggests')",
        ),
    })
    .prefault({}),
  reading: readingSchema.prefault({}),
  causes: z.array(causeSchema).min(1),
  questions: z.array(questionSchema).default([]),
  findings: z.array(findingSchema).default([]),
});

export type Flow = z.infer<typeof flowSchema>;
export type Cause = Flow["causes"][number];
export type Fix = Cause["fixes"][number];
export type FixStep = Fix["steps"][number];
export type Question = Flow["questions"][number];
export type Answer = Question["answers"][number];
export type FindingDefinition = Flow["findings"][number];
export type Condition = NonNullable<Question["askIf"]>;
export type Evidence = Answer["evidence"];
