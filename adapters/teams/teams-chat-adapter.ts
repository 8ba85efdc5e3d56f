import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import type { TeamsConfig } from "./read-teams-config.js";
import { startTeamsBot } from "./start-teams-bot.js";
import { teamsConfigSection } from "./teams-config-section.js";

/** Microsoft Teams as `serve` registers it: its section of the configuration and how to start it. */
export const teamsChatAdapter: ChatAdapter<TeamsConfig> = {
  name: "teams",
  config: teamsConfigSection,
  howToEnable: "For Microsoft Teams set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID.",
  start: (config, { flow, chat, logger, metrics, http }) =>
    startTeamsBot({ config, flow, chat, logger, http, ...(metrics ? { metrics } : {}) }),
};
