import type { IncomingMessage } from "node:http";
import type { Logger } from "pino";
import type { ChatService } from "../../src/chat/chat-service.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { HttpRoutes } from "../../src/runtime/http-server.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { createBotConnectorKeys } from "./bot-connector-keys.js";
import { createBotTokenSource } from "./create-bot-token-source.js";
import type { TeamsConfig } from "./read-teams-config.js";
import { createTeamsApp } from "./teams-app.js";
import { teamsCommandSyntax } from "./teams-command-syntax.js";
import { parseTeamsConversationKey, teamsConversationKey } from "./teams-conversation-key.js";
import { teamsInbound } from "./teams-inbound.js";
import { teamsProbeRule } from "./teams-probe-rule.js";
import { teamsServiceUrls } from "./teams-service-urls.js";
import { teamsThreadPort } from "./teams-thread-port.js";
import type { TeamsWork, TeamsWorkKind } from "./teams-work.js";
import { teamsWorkHandlers } from "./teams-work-handlers.js";
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
  const keys = createBotConnectorKeys({ openIdMetadataUrl: config.openIdMetadataUrl });
  const enqueue = <K extends TeamsWorkKind>(kind: K, work: TeamsWork[K]) => chat.enqueue(kind, work);
  const onActivity = teamsInbound({ chat, flow, logger, triageChannels: config.triageChannels, enqueue });
  const app = await createTeamsApp({
    config,
    verify: (authorization, activity) =>
      verifyBotConnectorRequest(authorization, activity, {
        clientId: config.clientId,
        tenantIds: config.tenantIds,
        keys,
      }),
    token: createBotTokenSource(config),
    onActivity,
    onRefused: ({ reason }) => logger.warn({ reason }, "refused a request to /api/messages"),
    logger,
  });
  const serviceUrls = teamsServiceUrls(chat);

  chat.registerPlatform({
    name: "teams",
    commandSyntax: teamsCommandSyntax,
    probePermission: teamsProbeRule({ channels: config.probeChannels, groups: config.probeUsers }),
    senderFor: (conversation) => {
      const where = parseTeamsConversationKey(conversation);
      if (!where) throw new Error(`not a Teams conversation: ${conversation}`);
      const connector = async () => app.connector(await serviceUrls.of(teamsConversationKey(where.channel)));
      return chat.senderOn(teamsThreadPort(connector, where.conversationId), {
        logger: logger.child({ conversation }),
        progressIntervalMs: options.progressIntervalMs ?? 1200,
        conversation,
      });
    },
  });
  const handlers = teamsWorkHandlers({ chat, connector: app.connector, serviceUrls, logger });
  for (const [kind, handler] of handlers) chat.handle(kind, handler);

  const detach = options.http.route(teamsMessagesPath, (request, response) => {
    const arrivedAt = performance.now();
    const answer = async () => {
      if (request.method !== "POST") return { status: 405, body: { error: "POST only" } };
      const body = await readJson(request);
      if (body === undefined) return { status: 400, body: { error: "the body is not JSON" } };
      const headers = Object.fromEntries(
        Object.entries(request.headers).flatMap(([name, value]) =>
          value === undefined ? [] : [[name, value]],
        ),
      );
      return app.handle({ headers, body });
    };
    answer()
      .catch((error: unknown) => {
        logger.error({ err: error }, "Teams request failed");
        return { status: 500, body: { error: "internal error" } };
      })
      .then(({ status, body }) => {
        if (status < 300) metrics?.ackLatency("teams", (performance.now() - arrivedAt) / 1000);
        const json = body === undefined ? "" : JSON.stringify(body);
        response.writeHead(status, { "content-type": "application/json" }).end(json);
      });
  });
  logger.info({ path: teamsMessagesPath, tenants: config.tenantIds.length }, "Teams adapter started");
  return { stop: async () => detach() };
}

/** The request's JSON body, or undefined when it is not JSON or too large to be an activity. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
