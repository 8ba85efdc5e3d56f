import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import { startSlackBot } from "./slack-app.js";
import { type SlackSettings, slackConfigSection } from "./slack-config.js";

/** Slack as `serve` registers it: its section of the configuration and how to start it. */
export const slackChatAdapter: ChatAdapter<SlackSettings> = {
  name: "slack",
  config: slackConfigSection,
  howToEnable:
    "For Slack set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).",
  start: startSlackBot,
};
