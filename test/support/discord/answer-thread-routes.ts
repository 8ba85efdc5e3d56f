import { ChannelType, type ThreadAutoArchiveDuration } from "discord.js";
import { findInChannel } from "./answer-channel-routes.js";
import { toApiThread } from "./fake-channels.js";
import { nextSnowflake } from "./next-snowflake.js";
import { discordError, jsonAnswer } from "./rest-answer.js";
import { bodyFields, param, type RouteHandler, type RouteRequest } from "./route-request.js";

/**
 * `POST /channels/:channelId/messages/:messageId/threads` (`message.startThread`). The thread takes the
 * message's id, so Discord allows one per message (160004).
 */
export const threadFromMessage: RouteHandler = (request, state) => {
  if (state.channels.apiChannel(param(request, "channelId")) === undefined) return discordError(404, 10003);
  const message = findInChannel(request, state);
  if (message === undefined) return discordError(404, 10008);
  if (state.channels.threads.some((t) => t.id === message.id)) return discordError(400, 160004);
  const thread = state.channels.addThread({
    id: message.id,
    parentId: message.channelId,
    type: ChannelType.PublicThread,
    startMessageId: message.id,
    ...nameAndArchive(request),
  });
  return jsonAnswer(toApiThread(thread));
};

/** `POST /channels/:channelId/threads` without a message; Discord's default type here is a private thread. */
export const threadWithoutMessage: RouteHandler = (request, state) => {
  const parentId = param(request, "channelId");
  if (state.channels.apiChannel(parentId) === undefined) return discordError(404, 10003);
  const type =
    bodyFields(request).type === ChannelType.PublicThread
      ? ChannelType.PublicThread
      : ChannelType.PrivateThread;
  const thread = state.channels.addThread({
    id: nextSnowflake(),
    parentId,
    type,
    startMessageId: undefined,
    ...nameAndArchive(request),
  });
  return jsonAnswer(toApiThread(thread));
};

function nameAndArchive(request: RouteRequest): {
  name: string;
  autoArchiveDuration: ThreadAutoArchiveDuration;
} {
  const fields = bodyFields(request);
  return {
    name: String(fields.name ?? ""),
    // Three days when the bot gives none, Discord's default for a channel without one set.
    autoArchiveDuration: Number(fields.auto_archive_duration ?? 4320) as ThreadAutoArchiveDuration,
  };
}
