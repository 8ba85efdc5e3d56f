import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { FitDocument } from "../../src/chat/fitted-thread-port.js";
import { documentToSlack } from "./document-to-slack.js";
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

/**
 * The characters of text a message's blocks hold, the measure Slack's `msg_blocks_too_long` goes by
 * (bolt-js #2509): every text object a person can read (`plain_text` or `mrkdwn`, wherever it sits:
 * sections, fields, notes, buttons, menus and their options). Ids and values are not text objects.
 */
export function slackBlockText(blocks: unknown): number {
  if (typeof blocks !== "object" || blocks === null) return 0;
  const { type, text } = blocks as { type?: unknown; text?: unknown };
  if ((type === "plain_text" || type === "mrkdwn") && typeof text === "string") return text.length;
  return Object.values(blocks).reduce((sum: number, inner) => sum + slackBlockText(inner), 0);
}
