import { assertNever, type InboundEvent } from "../engine/index.js";
import type { ChatAction } from "./chat-action.js";

/**
 * A click as the neutral event the runtime steps with. Triage starts, "Check the server" and "Paste the
 * report" (which post the collector or open a form, and change nothing in the session) are the caller's.
 */
export function chatActionToEvent(
  action: Exclude<ChatAction, { kind: "start-from-triage" | "check-server" | "paste-server-report" }>,
  user: string,
): InboundEvent {
  switch (action.kind) {
    case "consent":
      return { kind: "consent", allow: action.allow, user };
    case "answer":
      return { kind: "answer", questionId: action.questionId, answerId: action.answerId, user };
    case "skip":
      return { kind: "skip-question", questionId: action.questionId, user };
    case "change-reading":
      return { kind: "correct-reading", questionId: action.questionId, user };
    case "fix-feedback":
      return {
        kind: "fix-feedback",
        causeId: action.causeId,
        fixId: action.fixId,
        outcome: action.outcome,
        user,
      };
    case "rule-out-cause":
      return { kind: "rule-out-cause", causeId: action.causeId, user };
    case "recheck":
      return { kind: "recheck", causeId: action.causeId, fixId: action.fixId, user };
    case "results-now":
    case "show-more":
    case "handoff":
    case "resume":
    case "cancel":
      return { kind: action.kind, user };
    default:
      return assertNever(action);
  }
}
