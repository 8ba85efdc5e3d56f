import { blockLines, type LineSyntax } from "../../src/chat/document/block-lines.js";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import { plain, plainText } from "../../src/chat/document/inline.js";
import { packLines } from "../../src/chat/document/pack-lines.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { assertNever } from "../../src/engine/index.js";
import { safeDisplayLines, safeDisplayText } from "../../src/runtime/safe-display-text.js";
import { type CardElement, cardActivity, type TeamsActivity } from "./adaptive-card-element.js";
import { inlineToTeamsMarkdown } from "./inline-to-teams-markdown.js";
import { cardActions, reportForm } from "./teams-card-actions.js";
import { teamsLimits } from "./teams-limits.js";

/** Lines of Teams markdown. A command that fits is drawn apart, verbatim (below): only its length counts here. */
const markdownLines: LineSyntax = {
  inline: (line) => inlineToTeamsMarkdown(line, teamsLimits.textBlock),
  ordinal: (n) => `${n}.`,
  code: (code) => code,
  longestCode: teamsLimits.codeText,
};

/** Lines as TextBlocks, as many to one as it holds (a list's items share them), in a heading's or note's look. */
const textBlocks = (lines: string[], look: object = {}): CardElement[] =>
  packLines(lines, teamsLimits.textBlock, (line) => line.length).map((run) => ({
    type: "TextBlock",
    text: run.join("\n"),
    wrap: true,
    ...look,
  }));

/**
 * A reply document as one Teams message with an Adaptive Card 1.5. Pure: the fitting pass calls it to
 * measure. Buttons carry `sessionId`; without one only the triage offer's button is shown.
 */
export function documentToAdaptiveCard(
  document: ReplyDocument,
  sessionId: string | undefined,
): TeamsActivity {
  const body: CardElement[] = [];
  const used = new Set<string>();
  let separator = false;
  const push = (...elements: CardElement[]) => {
    for (const element of elements) body.push(separator ? { ...element, separator: true } : element);
    if (elements.length > 0) separator = false;
  };
  for (const block of drawnBlocks(document.blocks)) {
    switch (block.type) {
      case "heading":
        push(...textBlocks(blockLines(block, markdownLines), { weight: "Bolder", size: "Medium" }));
        break;
      case "note":
        push(...textBlocks(blockLines(block, markdownLines), { isSubtle: true, size: "Small" }));
        break;
      case "paragraph":
      case "list":
        push(...textBlocks(blockLines(block, markdownLines)));
        break;
      case "fields":
        push({
          type: "FactSet",
          facts: block.fields.map(({ label, value }) => ({
            title: inlineToTeamsMarkdown([plain(label)], teamsLimits.factTitle),
            value: inlineToTeamsMarkdown(value, teamsLimits.factValue),
          })),
        });
        break;
      case "code":
        // A TextBlock would read `*` and `_` in a command as markdown; a TextRun shows it verbatim.
        if (block.code.length > markdownLines.longestCode)
          push(...textBlocks(blockLines(block, markdownLines)));
        else
          push({
            type: "RichTextBlock",
            inlines: [{ type: "TextRun", text: safeDisplayLines(block.code), fontType: "Monospace" }],
          });
        break;
      case "divider":
        separator = true;
        break;
      case "actions":
        push(...cardActions(block.items, sessionId, used));
        break;
      case "form": {
        const form = reportForm(block, sessionId, used);
        push(...(form.length > 0 ? form : textBlocks(blockLines(block, markdownLines))));
        break;
      }
      default:
        assertNever(block);
    }
  }
  const summary = cutAtWord(safeDisplayText(plainText(document.summary)), teamsLimits.textBlock);
  // A card needs a body: a reply of no blocks shows its summary.
  if (body.length === 0) push(...textBlocks([markdownLines.inline(document.summary)]));
  return cardActivity(body, summary);
}
