import type { types } from "@slack/bolt";

/** One Slack message: `text` is the notification and fallback text, always set; `blocks` what users see. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}
