import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { FitDocument } from "../../src/chat/fitted-thread-port.js";
import { documentToSlack } from "./document-to-slack.js";
import { slackBlockText } from "./slack-block-text.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

/** When Slack refuses a fitted message as too long anyway, it is sent again fitted to this much block text. */
const shortenedBlockText = 4_000;

/**
 * A document as the Slack messages that carry it, each inside Slack's limits; shorter after Slack refused
 * one as too long (its limit is measured, not documented).
 */
export const fitSlackDocument: FitDocument<SlackMessage> = (document, sessionId, shorter) => {
  const blockText = shorter ? shortenedBlockText : slackLimits.messageBlockText;
  return fitConverted(
    document,
    (fitted) => documentToSlack(fitted, sessionId),
    ({ blocks }) => blocks.length <= slackLimits.blocksPerMessage && slackBlockText(blocks) <= blockText,
  );
};
