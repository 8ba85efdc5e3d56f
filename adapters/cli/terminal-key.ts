import type { Outbound } from "../../src/runtime/outbound.js";
import type { TerminalKeyOf } from "./document-to-text.js";

/**
 * What a person types at the terminal for a chat button of this reply: a question's answers by number, `s`
 * and `r`, and `e1`, `e2` for the facts read from their message. Read by readUserChoice, which must accept
 * every key offered here. Consent has its own `[Y/n]` prompt, so its buttons get no key.
 */
export function terminalKey(message: Outbound): TerminalKeyOf {
  return (action) => {
    switch (action.kind) {
      case "answer": {
        if (message.kind !== "question") return undefined;
        const index = message.answers.findIndex((a) => a.id === action.answerId);
        return index < 0 ? undefined : String(index + 1);
      }
      case "skip":
        return "s";
      case "results-now":
        return "r";
      case "change-reading": {
        if (message.kind !== "reading") return undefined;
        const index = message.facts.findIndex((f) => f.questionId === action.questionId);
        return index < 0 ? undefined : `e${index + 1}`;
      }
      default:
        return undefined;
    }
  };
}
