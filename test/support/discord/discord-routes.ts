import { channelMessage, getChannel, postChannelMessage, typing } from "./answer-channel-routes.js";
import { applicationCommands } from "./answer-command-routes.js";
import { answerInteractionCallback } from "./answer-interaction-callback.js";
import { threadFromMessage, threadWithoutMessage } from "./answer-thread-routes.js";
import { answerWebhookRoute } from "./answer-webhook-routes.js";
import { botUser } from "./fake-discord-users.js";
import { jsonAnswer } from "./rest-answer.js";
import type { RouteHandler } from "./route-request.js";

/** What `GET /gateway/bot` gives: the fake's own gateway, one shard, no session-start limit to speak of. */
const gatewayBot: RouteHandler = (_request, state) =>
  jsonAnswer({
    url: state.gatewayUrl,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
  });

/**
 * Every route the fake serves, as "METHOD /path/:param" after `/api/v10`. The first match wins; anything
 * else is a 404 the fake records, so a test sees which call the bot made that the fake does not know.
 */
export const discordRoutes: readonly (readonly [pattern: string, handler: RouteHandler])[] = [
  ["GET /gateway/bot", gatewayBot],
  ["GET /users/@me", () => jsonAnswer(botUser())],
  ["POST /interactions/:interactionId/:token/callback", answerInteractionCallback],
  ["POST /webhooks/:appId/:token", answerWebhookRoute],
  ["GET /webhooks/:appId/:token/messages/:messageId", answerWebhookRoute],
  ["PATCH /webhooks/:appId/:token/messages/:messageId", answerWebhookRoute],
  ["DELETE /webhooks/:appId/:token/messages/:messageId", answerWebhookRoute],
  ["GET /channels/:channelId", getChannel],
  ["POST /channels/:channelId/messages", postChannelMessage],
  ["GET /channels/:channelId/messages/:messageId", channelMessage],
  ["PATCH /channels/:channelId/messages/:messageId", channelMessage],
  ["POST /channels/:channelId/messages/:messageId/threads", threadFromMessage],
  ["POST /channels/:channelId/threads", threadWithoutMessage],
  ["POST /channels/:channelId/typing", typing],
  ["GET /applications/:appId/commands", applicationCommands],
  ["PUT /applications/:appId/commands", applicationCommands],
  ["GET /applications/:appId/guilds/:guildId/commands", applicationCommands],
  ["PUT /applications/:appId/guilds/:guildId/commands", applicationCommands],
];

/** Interaction callbacks and the interaction webhook take no bot token: the path's token is the credential. */
export function needsBotToken(path: string): boolean {
  return !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
}
