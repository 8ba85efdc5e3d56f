import { fitDocument } from "../../src/chat/document/fit-document.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { documentToSlack } from "./document-to-slack.js";
import { slackBlockText } from "./slack-block-text.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * A document as the Slack messages that carry it, each inside Slack's limits: the shared fitting pass,
 * measured by this converter. `blockText` is lowered when Slack refused a message as too long anyway.
 */
export function fitSlackDocument(
  document: ReplyDocument,
  sessionId: string | undefined,
  blockText: number = slackLimits.messageBlockText,
): SlackMessage[] {
  const fits = (candidate: ReplyDocument) => {
    const { blocks } = documentToSlack(candidate, sessionId);
    return blocks.length <= slackLimits.blocksPerMessage && slackBlockText(blocks) <= blockText;
  };
  return fitDocument(document, fits).map((fitted) => documentToSlack(fitted, sessionId));
}
