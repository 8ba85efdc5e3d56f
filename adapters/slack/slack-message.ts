import type { KnownBlock } from "./slack-block-types.js";

/** One Slack message: `text` is the notification and fallback text, always set; `blocks` what users see. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}
