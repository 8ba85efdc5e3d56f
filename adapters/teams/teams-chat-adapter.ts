import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import { type TeamsConfig, teamsConfigSection } from "./read-teams-config.js";

/**
 * Microsoft Teams as `serve` registers it: its section of the configuration and how to start it. The bot (and
 * with it the Teams SDK, a second or two of loading) is imported only when Teams is configured, so every
 * other command of the CLI starts as fast as before.
 */
export const teamsChatAdapter: ChatAdapter<TeamsConfig> = {
  name: "teams",
  config: teamsConfigSection,
  howToEnable: "For Microsoft Teams set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID.",
  start: async (config, context) => (await import("./start-teams-bot.js")).startTeamsBot(config, context),
};
