import type { types } from "@slack/bolt";
import { slackLimits } from "./slack-limits.js";
import { truncateMrkdwn } from "./truncate-mrkdwn.js";

/** Small builders that keep every block inside Slack's limits; text given here is already-escaped mrkdwn. */

export function mrkdwnSection(text: string): types.SectionBlock {
  return {
    type: "section",
    text: { type: "mrkdwn", text: nonEmpty(truncateMrkdwn(text, slackLimits.sectionText)) },
  };
}

export function mrkdwnContext(text: string): types.ContextBlock {
  return {
    type: "context",
    elements: [{ type: "mrkdwn", text: nonEmpty(truncateMrkdwn(text, slackLimits.contextText)) }],
  };
}

/** The message's notification text, already-escaped mrkdwn, short enough for any client. */
export function fallbackText(text: string): string {
  return nonEmpty(truncateMrkdwn(text, slackLimits.fallbackText));
}

/** Slack rejects an empty text object. */
function nonEmpty(text: string): string {
  return text.trim() === "" ? " " : text;
}
