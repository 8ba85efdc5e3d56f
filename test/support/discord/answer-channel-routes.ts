import { MessageType } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { botUser } from "./fake-discord-users.js";
import { isEmptyMessage, parseMessageBody } from "./parse-message-body.js";
import { discordError, jsonAnswer, noContent, type RestAnswer } from "./rest-answer.js";
import {
  bodyFields,
  type FakeDiscordState,
  param,
  type RouteHandler,
  type RouteRequest,
} from "./route-request.js";
import { toApiMessage } from "./to-api-message.js";

/** `GET /channels/:channelId`: the guild text channel or a thread the bot made. */
export const getChannel: RouteHandler = (request, state) => {
  const channel = state.channels.apiChannel(param(request, "channelId"));
  return channel === undefined ? discordError(404, 10003) : jsonAnswer(channel);
};

/** `POST /channels/:channelId/messages` with the bot token; a `message_reference` makes it a reply (type 19). */
export const postChannelMessage: RouteHandler = (request, state) => {
  const channelId = param(request, "channelId");
  if (state.channels.apiChannel(channelId) === undefined) return discordError(404, 10003);
  const patch = parseMessageBody(request.body);
  if (isEmptyMessage(patch, request.files.length)) return discordError(400, 50006);
  const reference = bodyFields(request).message_reference as
    | { message_id?: string; fail_if_not_exists?: boolean }
    | undefined;
  const referenced = reference?.message_id === undefined ? undefined : state.store.find(reference.message_id);
  if (reference !== undefined && referenced === undefined && reference.fail_if_not_exists !== false)
    return invalidReference();
  const messageReference =
    referenced === undefined
      ? undefined
      : {
          type: 0,
          message_id: referenced.id,
          channel_id: referenced.channelId,
          guild_id: fakeDiscordIds.guildId,
        };
  const message = state.store.add(
    {
      channelId,
      guildId: fakeDiscordIds.guildId,
      author: botUser(),
      type: messageReference === undefined ? MessageType.Default : MessageType.Reply,
      source: "bot",
      messageReference,
      attachments: request.files,
      ...patch,
    },
    "channel-post",
  );
  return jsonAnswer(toApiMessage(message, referenced));
};

/** `GET` and `PATCH /channels/:channelId/messages/:messageId`; only the bot's own messages can be edited. */
export const channelMessage: RouteHandler = (request, state) => {
  const message = findInChannel(request, state);
  if (message === undefined) return discordError(404, 10008);
  if (request.method === "PATCH") {
    if (message.author.id !== fakeDiscordIds.botUserId) return discordError(403, 50005);
    const { flags: _ignored, ...content } = parseMessageBody(request.body);
    state.store.update(message, content, "channel-edit");
  }
  return jsonAnswer(toApiMessage(message));
};

/** `POST /channels/:channelId/typing`: the indicator a bot shows while it probes. */
export const typing: RouteHandler = (request, state) =>
  state.channels.apiChannel(param(request, "channelId")) === undefined
    ? discordError(404, 10003)
    : noContent();

export function findInChannel(request: RouteRequest, state: FakeDiscordState) {
  const message = state.store.find(param(request, "messageId"));
  return message?.channelId === param(request, "channelId") ? message : undefined;
}

function invalidReference(): RestAnswer {
  return discordError(400, 50035, "Invalid Form Body", {
    errors: {
      message_reference: {
        _errors: [{ code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", message: "Unknown message" }],
      },
    },
  });
}
