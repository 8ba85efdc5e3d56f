import { discordChatAdapter } from "../adapters/discord/discord-chat-adapter.js";
import { slackChatAdapter } from "../adapters/slack/slack-chat-adapter.js";
import { teamsChatAdapter } from "../adapters/teams/teams-chat-adapter.js";

/** The chat platforms this build can serve; a new platform is one adapter folder and one line here. */
export const chatAdapters = [slackChatAdapter, discordChatAdapter, teamsChatAdapter] as const;
