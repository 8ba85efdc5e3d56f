import { z } from "zod";
import type { Session } from "../engine/index.js";
import { StateError } from "./state-error.js";

const finding = z.object({
  id: z.string(),
  detail: z.string().exactOptional(),
  address: z.string().exactOptional(),
  at: z.string(),
});

/**
 * What a stored session must look like to be used: a row written by an older or broken release, or edited
 * by hand, is refused here instead of failing deep in the engine.
 */
export const sessionSchema = z.object({
  id: z.string().min(1),
  flowId: z.string().min(1),
  flowVersion: z.number().int(),
  conversation: z.string().min(1),
  host: z.string(),
  port: z.number().int().min(1).max(65535),
  symptom: z.string(),
  startedBy: z.string(),
  status: z.enum(["awaiting-consent", "probing", "asking", "diagnosed", "solved", "cancelled"]),
  probing: z.boolean(),
  probeSummary: z.string().exactOptional(),
  probesNotRun: z
    .discriminatedUnion("because", [
      z.object({ because: z.literal("refused"), text: z.string() }),
      z.object({ because: z.literal("declined"), by: z.string() }),
    ])
    .exactOptional(),
  answers: z.array(
    z.object({ questionId: z.string(), answerId: z.string(), by: z.string(), at: z.string() }),
  ),
  /** Absent on sessions stored before messages were read. */
  reading: z
    .array(z.object({ questionId: z.string(), answerId: z.string(), words: z.string() }))
    .exactOptional(),
  skippedQuestions: z.array(z.string()),
  findings: z.array(finding),
  recheck: z
    .object({
      causeId: z.string(),
      fixId: z.string(),
      before: z.array(finding),
      beforeFacts: z.array(finding).exactOptional(),
      by: z.string(),
      at: z.string(),
    })
    .exactOptional(),
  probeFacts: z.array(finding).exactOptional(),
  feedback: z.array(
    z.object({
      causeId: z.string(),
      fixId: z.string(),
      outcome: z.enum(["worked", "did-not-help"]),
      by: z.string(),
      at: z.string(),
    }),
  ),
  ruledOut: z.array(z.object({ causeId: z.string(), by: z.string(), at: z.string() })).exactOptional(),
  handoffs: z.array(z.object({ from: z.string(), to: z.string().exactOptional(), at: z.string() })),
  serverReport: z
    .object({ summary: z.string(), computer: z.string(), by: z.string(), at: z.string() })
    .exactOptional(),
  shownCauses: z.number().int().min(0),
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The schema and the engine's Session type must agree; this line stops compiling when they drift. */
export type StoredSession = z.infer<typeof sessionSchema>;
const toSession: (s: StoredSession) => Session = (s) => s;
const fromSession: (s: Session) => StoredSession = (s) => s;
void toSession;
void fromSession;

/** A stored session, checked; a row that does not fit is a StateError naming the conversation, not a crash later. */
export function parseStoredSession(value: unknown, where: string): Session {
  const parsed = sessionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const path = first?.path.join(".") || "(root)";
  throw new StateError(
    "STATE_SESSION_INVALID",
    `The stored session of ${where} is not a valid session (${path}: ${first?.message ?? "invalid"}); it cannot be continued.`,
  );
}
