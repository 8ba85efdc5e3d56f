import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import { type SlackSettings, slackConfigSection } from "./slack-config.js";

/**
 * Slack as `serve` registers it: its section of the configuration and how to start it. The bot (and with it
 * Bolt) is imported only when Slack is configured, so the CLI's other commands do not pay for loading it.
 */
export const slackChatAdapter: ChatAdapter<SlackSettings> = {
  name: "slack",
  config: slackConfigSection,
  howToEnable:
    "For Slack set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).",
  start: async (settings, context) => (await import("./slack-app.js")).startSlackBot(settings, context),
};
