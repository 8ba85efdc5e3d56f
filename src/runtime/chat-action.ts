import type { FixOutcome } from "../engine/index.js";

/**
 * Everything a chat button or menu can ask for, the same on every platform. Each adapter's codec turns these
 * into its own ids (Slack action_id + value, Discord custom_id) and back, carrying the session id.
 */
export type ChatAction =
  | { kind: "consent"; allow: boolean }
  | { kind: "answer"; questionId: string; answerId: string }
  | { kind: "skip"; questionId: string }
  /** "Wrong? Change it" on a fact read from the person's message: ask that question instead. */
  | { kind: "change-reading"; questionId: string }
  | { kind: "results-now" }
  | { kind: "fix-feedback"; causeId: string; fixId: string; outcome: FixOutcome }
  /** "Not the cause": the person sets a cause aside whatever the evidence says. */
  | { kind: "rule-out-cause"; causeId: string }
  /** "Check the server": post the read-only collector to run there; its report comes back as a reply. */
  | { kind: "check-server" }
  /** Opens the form to paste the collector's report into (Discord's modal; Slack reads thread replies). */
  | { kind: "paste-server-report" }
  /** "I applied this fix, re-check now". */
  | { kind: "recheck"; causeId: string; fixId: string }
  | { kind: "show-more" }
  | { kind: "handoff" }
  | { kind: "resume" }
  | { kind: "cancel" }
  /** The triage offer: start a diagnosis of the host named in the message. */
  | { kind: "start-from-triage"; host: string };
