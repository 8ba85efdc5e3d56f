import { blockLines, isLineBlock } from "../../src/chat/document/block-lines.js";
import { drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { formatCommand } from "./format-command.js";
import { inlineToMrkdwn } from "./inline-to-mrkdwn.js";
import { slackLimits } from "./slack-limits.js";

/**
 * "Check the server" in a Slack thread: the presenter's document as plain mrkdwn text rather than blocks,
 * since the collector's one-liner (about 8 KB) is more than a section holds and well under a message's text.
 * Slack has no form a bot can open from a thread message: the form's prompt says to reply in the thread.
 */
export function renderSlackServerCheck(document: ReplyDocument): string {
  const syntax = {
    inline: inlineToMrkdwn,
    ordinal: (n: number) => `${n}.`,
    code: formatCommand,
    longestCode: slackLimits.messageText,
  };
  return drawnBlocks(document.blocks)
    .flatMap((block) => (isLineBlock(block) ? blockLines(block, syntax) : []))
    .join("\n");
}
