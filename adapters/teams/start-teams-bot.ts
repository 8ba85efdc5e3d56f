import type { Logger } from "pino";
import { chatInbox } from "../../src/chat/chat-inbox.js";
import type { ChatService } from "../../src/chat/chat-service.js";
import { registerChatWork } from "../../src/chat/chat-work-handlers.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { HttpRoutes } from "../../src/runtime/http-server.js";
import { jsonPostHandler } from "../../src/runtime/json-post-handler.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { createOpenIdSigningKeys } from "../../src/runtime/openid-signing-keys.js";
import { createBotTokenSource } from "./create-bot-token-source.js";
import type { TeamsConfig } from "./read-teams-config.js";
import { teamsActivityListener } from "./teams-activity-listener.js";
import { createTeamsApp, type TeamsApp } from "./teams-app.js";
import { teamsChatPort } from "./teams-chat-port.js";
import { teamsCommandSyntax } from "./teams-command-syntax.js";
import { parseTeamsConversationKey } from "./teams-conversation-key.js";
import { teamsProbeRule } from "./teams-probe-rule.js";
import { teamsThreadPort } from "./teams-thread-port.js";
import { verifyBotConnectorRequest } from "./verify-bot-connector-request.js";

export interface TeamsBotOptions {
  config: TeamsConfig;
  flow: Flow;
  chat: ChatService;
  logger: Logger;
  /** The runtime's one HTTP server: Teams' messaging endpoint is attached to it, on every replica. */
  http: HttpRoutes;
  metrics?: Metrics;
  progressIntervalMs?: number;
}

/** The messaging endpoint an Azure Bot or the Developer Portal points at. */
export const teamsMessagesPath = "/api/messages";
/** An activity is a few kilobytes; a pasted report at most tens. Anything far past that is refused unread. */
const maxBodyBytes = 1024 * 1024;

/**
 * The Teams adapter as `serve` runs it: /api/messages on the runtime's server, every request verified
 * before the SDK sees it (teams-app.ts), each activity queued as work in the store and answered at once;
 * the work and every reply go out over the Bot Connector REST API from whichever replica takes it.
 */
export async function startTeamsBot(options: TeamsBotOptions): Promise<{ stop(): Promise<void> }> {
  const { config, flow, chat, logger, metrics } = options;
  const keys = createOpenIdSigningKeys({ openIdMetadataUrl: config.openIdMetadataUrl });
  // The SDK's app is made after the port, which reaches it only when work runs.
  let app: TeamsApp | undefined;
  const connector = (serviceUrl: string) => {
    if (app === undefined) throw new Error("the Teams app is not started");
    return app.connector(serviceUrl);
  };
  const port = teamsChatPort(connector);
  const inbox = chatInbox(chat, port, { flow, logger });
  app = await createTeamsApp({
    config,
    verify: (authorization, activity) =>
      verifyBotConnectorRequest(authorization, activity, {
        clientId: config.clientId,
        tenantIds: config.tenantIds,
        keys,
      }),
    token: createBotTokenSource(config),
    onActivity: teamsActivityListener(chat, inbox, port, config.triageChannels),
    onRefused: ({ reason }) => logger.warn({ reason }, "refused a request to /api/messages"),
    logger,
  });
  const teams = app;

  chat.registerPlatform({
    name: "teams",
    commandSyntax: teamsCommandSyntax,
    probePermission: teamsProbeRule({ channels: config.probeChannels, groups: config.probeUsers }),
    senderFor: (conversation) => {
      const where = parseTeamsConversationKey(conversation);
      if (!where) throw new Error(`not a Teams conversation: ${conversation}`);
      return chat.senderOn(teamsThreadPort(teams.connector(where.serviceUrl), where.conversationId), {
        logger: logger.child({ conversation }),
        progressIntervalMs: options.progressIntervalMs ?? 1200,
        conversation,
      });
    },
  });
  registerChatWork(port, { chat, logger, ...(metrics ? { metrics } : {}) });

  const detach = options.http.route(
    teamsMessagesPath,
    jsonPostHandler((request) => teams.handle(request), {
      maxBodyBytes,
      logger,
      onAnswered: (seconds) => metrics?.ackLatency("teams", seconds),
    }),
  );
  logger.info({ path: teamsMessagesPath, tenants: config.tenantIds.length }, "Teams adapter started");
  return { stop: async () => detach() };
}
