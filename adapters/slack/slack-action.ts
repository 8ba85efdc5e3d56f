import type { FixOutcome } from "../../src/engine/index.js";

/**
 * Everything a Slack button or select can ask for. The action-id codec turns these into `action_id` +
 * `value` and back; the click carries the session id so a click on an older diagnosis is recognised.
 */
export type SlackAction =
  | { kind: "consent"; allow: boolean }
  | { kind: "answer"; questionId: string; answerId: string }
  | { kind: "skip"; questionId: string }
  | { kind: "results-now" }
  | { kind: "fix-feedback"; causeId: string; fixId: string; outcome: FixOutcome }
  | { kind: "show-more" }
  | { kind: "handoff" }
  | { kind: "resume" }
  | { kind: "cancel" }
  /** The triage offer: start a diagnosis of the host named in the message (or ask for one). */
  | { kind: "start-from-triage"; host: string };

export interface EncodedSlackAction {
  actionId: string;
  /** Slack echoes this back on the click: the session id (or, for triage, the host). */
  value: string;
}
