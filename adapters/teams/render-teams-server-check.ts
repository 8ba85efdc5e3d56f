import { drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import type { DocumentBlock, ReplyDocument } from "../../src/chat/document/reply-document.js";
import { safeDisplayLines } from "../../src/runtime/safe-display-text.js";
import { type CardElement, cardActivity, type TeamsActivity } from "./adaptive-card-element.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";
import { teamsLimits } from "./teams-limits.js";

/**
 * "Check the server" in Teams: the presenter's document converted as every reply is, with its form as the
 * box the report is pasted into, but for the collector's one-liner: at about 8 KB it is over a code block's
 * share of a reply (codeText) and well under an activity's 27,000 bytes, so it is shown whole, as a TextRun
 * (which Teams shows verbatim; a TextBlock would read its `*` and `_` as markdown).
 */
export function renderTeamsServerCheck(document: ReplyDocument, sessionId: string): TeamsActivity {
  const card = (blocks: DocumentBlock[]) =>
    documentToAdaptiveCard({ summary: document.summary, blocks }, sessionId).attachments[0].content;
  const body = drawnBlocks(document.blocks).flatMap((block): CardElement[] =>
    block.type === "code" && block.code.length > teamsLimits.codeText
      ? [
          {
            type: "RichTextBlock",
            inlines: [{ type: "TextRun", text: safeDisplayLines(block.code), fontType: "Monospace" }],
          },
        ]
      : card([block]).body,
  );
  return cardActivity(body, card([]).fallbackText);
}
