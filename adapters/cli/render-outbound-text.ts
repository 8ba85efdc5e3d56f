import { presentReply } from "../../src/chat/document/present-reply.js";
import { assertNever } from "../../src/engine/index.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import { documentToText } from "./document-to-text.js";
import { renderDiagnosisText } from "./render-diagnosis-text.js";
import { renderHandoffText } from "./render-handoff-text.js";
import { renderHandoffUpdateText } from "./render-handoff-update-text.js";
import { terminalKey } from "./terminal-key.js";
import { terminalPresenter } from "./terminal-presenter.js";
import type { TerminalStyle } from "./terminal-style.js";

/** What this terminal already shows, so a reply prints only what is new. */
export interface TerminalScreen {
  /** `--all`: every cause of a diagnosis in full. */
  all?: boolean;
  /** Causes of the diagnosis already printed in full; undefined before the first diagnosis. */
  causesShown?: number;
}

/**
 * Every message kind as terminal text; the switch is exhaustive so a new kind cannot be forgotten. Most
 * replies are the presenter's document, converted (documentToText makes every piece safe). Three keep a
 * terminal renderer: probe progress streams one line per step where a chat edits one message; the
 * diagnosis prints only what the screen lacks after "more" and lays out copyable commands its own way; the
 * handoff's text is also `--jsonl`'s `text`, a contract. Those go through `safe` for what a server or a
 * user wrote.
 */
export function renderOutboundText(
  message: Outbound,
  style: TerminalStyle,
  screen: TerminalScreen = {},
): string {
  switch (message.kind) {
    case "text":
    case "notice":
    case "consent":
    case "reading":
    case "solved":
    case "cancelled":
      return documentToText(presentReply(message, terminalPresenter), style, terminalKey(message));
    case "question":
      // The terminal's own addition: a chat offers the paste after "Check the server", a terminal at every question.
      return [
        documentToText(presentReply(message, terminalPresenter), style, terminalKey(message)),
        style.dim("  p) paste a server report (rdp-fix collector)"),
      ].join("\n");
    case "diagnosis": {
      const all = screen.all === true;
      if (screen.causesShown === undefined) return renderDiagnosisText(message, style, { all });
      // The same diagnosis, picked up again after a handoff: it is still on the screen.
      if (message.reason === "resumed") return style.dim("The diagnosis above still stands.");
      if (message.reason === "show-more")
        return renderDiagnosisText(message, style, { all, alreadyShown: screen.causesShown });
      return renderDiagnosisText(message, style, { all });
    }
    case "handoff":
      return screen.causesShown === undefined
        ? renderHandoffText(message, style)
        : renderHandoffUpdateText(message, style);
    case "probe-progress": {
      const mark =
        message.step.status === "ok"
          ? style.good("✓")
          : message.step.status === "failed"
            ? style.bad("✗")
            : "·";
      const where = message.step.address ? style.dim(` [${safe(message.step.address)}]`) : "";
      return `  ${mark} ${message.step.step}${where}: ${safe(message.step.summary)}`;
    }
    default:
      return assertNever(message);
  }
}
