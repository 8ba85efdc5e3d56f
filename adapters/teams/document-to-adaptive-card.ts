import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { type DrawnBlock, drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import { plainText } from "../../src/chat/document/inline.js";
import { packLines } from "../../src/chat/document/pack-lines.js";
import type { Inline, ReplyDocument } from "../../src/chat/document/reply-document.js";
import { assertNever } from "../../src/engine/index.js";
import { safeDisplayLines, safeDisplayText } from "../../src/runtime/safe-display-text.js";
import { type CardElement, cardActivity, type TeamsActivity } from "./adaptive-card-element.js";
import { escapeTeamsMarkdown, inlineToTeamsMarkdown } from "./inline-to-teams-markdown.js";
import { cardActions, reportForm } from "./teams-card-actions.js";
import { teamsLimits } from "./teams-limits.js";

const textBlock = (line: readonly Inline[], extra: object = {}): CardElement => ({
  type: "TextBlock",
  text: inlineToTeamsMarkdown(line, teamsLimits.textBlock),
  wrap: true,
  ...extra,
});

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
  const convert = (block: DrawnBlock): void => {
    switch (block.type) {
      case "heading":
        push(textBlock(block.text, { weight: "Bolder", size: "Medium" }));
        break;
      case "paragraph":
        push(textBlock(block.text));
        break;
      case "note":
        push(textBlock(block.text, { isSubtle: true, size: "Small" }));
        break;
      case "fields":
        push({
          type: "FactSet",
          facts: block.fields.map(({ label, value }) => ({
            title: cutAtWord(escapeTeamsMarkdown(label), teamsLimits.factTitle),
            value: inlineToTeamsMarkdown(value, teamsLimits.factValue),
          })),
        });
        break;
      case "list":
        push(...listBlocks(block.items, block.ordered === true ? (block.start ?? 1) : undefined));
        break;
      case "code":
        // A TextBlock would read `*` and `_` in a command as markdown; a TextRun shows it verbatim.
        if (block.code.length > teamsLimits.codeText) push(textBlock(block.tooLong));
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
        push(...(form.length > 0 ? form : [textBlock(block.prompt)]));
        break;
      }
      default:
        assertNever(block);
    }
  };
  for (const block of drawnBlocks(document.blocks)) convert(block);
  const summary = cutAtWord(safeDisplayText(plainText(document.summary)), teamsLimits.textBlock);
  // A card needs a body: a reply of no blocks shows its summary.
  if (body.length === 0) push(textBlock(document.summary));
  return cardActivity(body, summary);
}

/** List items as markdown list lines, as many to a TextBlock as it holds. */
function listBlocks(items: readonly Inline[][], start: number | undefined): CardElement[] {
  const lines = items.map((item, i) => {
    const marker = start === undefined ? "-" : `${start + i}.`;
    return `${marker} ${inlineToTeamsMarkdown(item, teamsLimits.textBlock - marker.length - 1)}`;
  });
  return packLines(lines, teamsLimits.textBlock, (line) => line.length).map((run) => ({
    type: "TextBlock",
    text: run.join("\n"),
    wrap: true,
  }));
}
