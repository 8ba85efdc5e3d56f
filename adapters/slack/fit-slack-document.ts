import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { documentToSlack } from "./document-to-slack.js";
import { slackBlockText } from "./slack-block-text.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * A document as the Slack messages that carry it, each inside Slack's limits. `blockText` is lowered when
 * Slack refused a message as too long anyway.
 */
export function fitSlackDocument(
  document: ReplyDocument,
  sessionId: string | undefined,
  blockText: number = slackLimits.messageBlockText,
): SlackMessage[] {
  return fitConverted(
    document,
    (fitted) => documentToSlack(fitted, sessionId),
    ({ blocks }) => blocks.length <= slackLimits.blocksPerMessage && slackBlockText(blocks) <= blockText,
  );
}
