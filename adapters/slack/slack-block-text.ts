import type { types } from "@slack/bolt";

/**
 * The characters of text a message's blocks hold, the measure Slack's `msg_blocks_too_long` goes by
 * (bolt-js #2509): every text object a person can read (`plain_text` or `mrkdwn`, wherever it sits:
 * sections, fields, notes, buttons, menus and their options). Ids and values are not text objects.
 */
export function slackBlockText(blocks: readonly types.KnownBlock[]): number {
  return textIn(blocks);
}

function textIn(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  const { type, text } = value as { type?: unknown; text?: unknown };
  if ((type === "plain_text" || type === "mrkdwn") && typeof text === "string") return text.length;
  return Object.values(value).reduce((sum: number, inner) => sum + textIn(inner), 0);
}
