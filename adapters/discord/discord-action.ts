import type { FixOutcome } from "../../src/engine/index.js";

/**
 * Everything a Discord button or string select can ask for; the custom-id codec turns these into
 * `custom_id` (at most 100 characters, with the session id inside, since Discord echoes nothing else back).
 */
export type DiscordAction =
  | { kind: "consent"; allow: boolean }
  | { kind: "answer"; questionId: string; answerId: string }
  | { kind: "skip"; questionId: string }
  | { kind: "results-now" }
  | { kind: "fix-feedback"; causeId: string; fixId: string; outcome: FixOutcome }
  | { kind: "show-more" }
  | { kind: "handoff" }
  | { kind: "resume" }
  | { kind: "cancel" }
  /** The triage offer: start a diagnosis of the host named in the message. */
  | { kind: "start-from-triage"; host: string };
