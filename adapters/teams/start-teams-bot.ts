import type { ChatAdapterContext, RunningChatAdapter } from "../../src/chat/chat-adapter.js";
import { registerChatPlatform } from "../../src/chat/register-chat-platform.js";
import { jsonPostHandler } from "../../src/runtime/json-post-handler.js";
import { createOpenIdSigningKeys } from "../../src/runtime/openid-signing-keys.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { createBotTokenSource } from "./create-bot-token-source.js";
import type { TeamsPlace } from "./decode-teams-activity.js";
import { fitTeamsDocument } from "./fit-teams-document.js";
import type { TeamsConfig } from "./read-teams-config.js";
import { teamsActivityListener } from "./teams-activity-listener.js";
import { createTeamsApp, teamsConnector } from "./teams-app.js";
import { teamsChatPort } from "./teams-chat-port.js";
import { teamsProbeRule } from "./teams-probe-rule.js";
import { teamsThreadDelivery } from "./teams-thread-port.js";
import { botConnectorVerifier } from "./verify-bot-connector-request.js";

/** The messaging endpoint an Azure Bot or the Developer Portal points at. */
export const teamsMessagesPath = "/api/messages";
/** An activity is a few kilobytes; a pasted report at most tens. Anything far past that is refused unread. */
const maxBodyBytes = 1024 * 1024;

/**
 * The Teams adapter as `serve` runs it: /api/messages on the runtime's server, every request verified
 * before the SDK sees it (teams-app.ts), each activity queued as work in the store and answered at once;
 * the work and every reply go out over the Bot Connector REST API from whichever replica takes it.
 */
export async function startTeamsBot(
  config: TeamsConfig,
  { flow, chat, logger, metrics, http }: Omit<ChatAdapterContext, "timing">,
  progressIntervalMs?: number,
): Promise<RunningChatAdapter> {
  const token = createBotTokenSource(config);
  const thread = teamsThreadDelivery(teamsConnector(token));
  const port = teamsChatPort(thread);
  const inbox = registerChatPlatform<TeamsPlace, TeamsActivity>(
    {
      port,
      fit: fitTeamsDocument,
      thread,
      probePermission: teamsProbeRule({ channels: config.probeChannels, groups: config.probeUsers }),
      ...(progressIntervalMs ? { progressIntervalMs } : {}),
    },
    { chat, flow, logger, metrics },
  );
  const teams = await createTeamsApp(
    {
      config,
      verify: botConnectorVerifier(config, createOpenIdSigningKeys(config)),
      token,
      onRefused: ({ reason }) => logger.warn({ reason }, "refused a request to /api/messages"),
      logger,
    },
    teamsActivityListener(chat, inbox, port, config.triageChannels, logger),
  );

  const detach = http.route(
    teamsMessagesPath,
    jsonPostHandler(teams, {
      maxBodyBytes,
      logger,
      onAnswered: (seconds) => metrics?.ackLatency("teams", seconds),
    }),
  );
  logger.info({ path: teamsMessagesPath, tenants: config.tenantIds.length }, "Teams adapter started");
  return { stop: async () => detach() };
}
