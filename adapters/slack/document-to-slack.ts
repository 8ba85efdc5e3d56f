import { type DrawnBlock, drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { assertNever } from "../../src/engine/index.js";
import { formatCommand } from "./format-command.js";
import { inlineToMrkdwn } from "./inline-to-mrkdwn.js";
import { slackActions } from "./slack-actions.js";
import type { KnownBlock } from "./slack-block-types.js";
import { fallbackText, mrkdwnContext, mrkdwnSection } from "./slack-blocks.js";
import { slackFields } from "./slack-fields.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";
import { truncateMrkdwn } from "./truncate-mrkdwn.js";

/**
 * A reply document as Block Kit. Lines in a row share one section (as many as its 3,000 characters hold),
 * so a card is a few blocks, not one per line; dividers, notes and buttons end a section. Pure: the fitting
 * pass calls it to measure. Buttons carry `sessionId`; without one there is nothing to click for.
 */
export function documentToSlack(document: ReplyDocument, sessionId: string | undefined): SlackMessage {
  const blocks: KnownBlock[] = [];
  const used = new Set<string>();
  let run: string[] = [];
  let runLength = -1;
  const flush = () => {
    if (run.length > 0) blocks.push(mrkdwnSection(run.join("\n")));
    run = [];
    runLength = -1;
  };
  const line = (text: string) => {
    const cut = truncateMrkdwn(text, slackLimits.sectionText);
    if (runLength + 1 + cut.length > slackLimits.sectionText) flush();
    run.push(cut);
    runLength += 1 + cut.length;
  };
  const convert = (block: DrawnBlock): void => {
    switch (block.type) {
      case "heading":
        line(inlineToMrkdwn(block.text));
        break;
      case "paragraph":
        line(inlineToMrkdwn(block.text));
        break;
      case "list":
        for (const [i, item] of block.items.entries())
          line(`${block.ordered ? `${(block.start ?? 1) + i}.` : "•"} ${inlineToMrkdwn(item)}`);
        break;
      case "code": {
        // A command is copied as is: one a section cannot hold whole is named instead of cut.
        const formatted = formatCommand(block.code, block.language);
        line(formatted.length <= slackLimits.sectionText ? formatted : inlineToMrkdwn(block.tooLong));
        break;
      }
      case "fields":
        flush();
        blocks.push(...slackFields(block.fields));
        break;
      case "divider":
        flush();
        blocks.push({ type: "divider" });
        break;
      case "note":
        flush();
        blocks.push(mrkdwnContext(inlineToMrkdwn(block.text)));
        break;
      case "actions":
        flush();
        blocks.push(...slackActions(block.items, sessionId, used));
        break;
      case "form":
        // Slack has no form a bot can open from a thread message: the person replies in the thread.
        line(inlineToMrkdwn(block.prompt));
        break;
      default:
        assertNever(block);
    }
  };
  for (const block of drawnBlocks(document.blocks)) convert(block);
  flush();
  return { text: fallbackText(inlineToMrkdwn(document.summary)), blocks };
}
