import { MessageFlags } from "discord.js";
import type { FakeDiscordMessage } from "./fake-discord-message-store.js";
import { botUser } from "./fake-discord-users.js";
import type { FakeInteraction } from "./fake-interactions.js";
import { interactionTokenExpired } from "./interaction-token-expired.js";
import { isEmptyMessage, type MessagePatch, parseMessageBody } from "./parse-message-body.js";
import { discordError, jsonAnswer, noContent, type RestAnswer } from "./rest-answer.js";
import { type FakeDiscordState, param, type RouteRequest } from "./route-request.js";
import { toApiMessage } from "./to-api-message.js";

/**
 * The interaction webhook: `POST /webhooks/:appId/:token` (follow-up) and GET/PATCH/DELETE
 * `/webhooks/:appId/:token/messages/:messageId` (`@original` or a follow-up's id). discord.js sends these
 * without Authorization; the token in the path is the credential, so an expired one is a 401 (50027).
 */
export function answerWebhookRoute(request: RouteRequest, state: FakeDiscordState): RestAnswer {
  const interaction = state.interactions.byToken(param(request, "token"));
  // Until the interaction is acknowledged its webhook does not exist yet.
  if (interaction?.callback === undefined || interaction.applicationId !== param(request, "appId"))
    return discordError(404, 10015);
  if (interactionTokenExpired(interaction, state)) return discordError(401, 50027);
  const patch = parseMessageBody(request.body);
  if (request.params.messageId === undefined) return followUp(interaction, state, patch, request);

  const messageId =
    request.params.messageId === "@original" ? interaction.originalId : request.params.messageId;
  const message = messageId === undefined ? undefined : state.store.find(messageId);
  const ours =
    message !== undefined &&
    (message.id === interaction.originalId || interaction.followUpIds.includes(message.id));
  if (message === undefined || !ours) return discordError(404, 10008);
  if (request.method === "GET") return jsonAnswer(toApiMessage(message));
  if (request.method === "DELETE") {
    state.store.remove(message);
    return noContent();
  }
  editMessage(
    message,
    patch,
    state,
    request.params.messageId === "@original" ? "edit-original" : "webhook-edit",
  );
  return jsonAnswer(toApiMessage(message));
}

function followUp(
  interaction: FakeInteraction,
  state: FakeDiscordState,
  patch: MessagePatch,
  request: RouteRequest,
): RestAnswer {
  if (isEmptyMessage(patch, request.files.length)) return discordError(400, 50006);
  const message = state.store.add(
    {
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      author: botUser(),
      type: 0,
      source: "interaction",
      interactionId: interaction.id,
      attachments: request.files,
      ...patch,
    },
    "follow-up",
  );
  interaction.followUpIds.push(message.id);
  // discord.js always asks for `?wait=true`; without it Discord answers 204.
  return request.query.get("wait") === "true" ? jsonAnswer(toApiMessage(message)) : noContent();
}

/**
 * Ephemeral cannot be switched on or off by an edit, and the first edit of a deferred reply clears
 * Loading without counting as an edit (no `edited_timestamp`), as on Discord.
 */
function editMessage(
  message: FakeDiscordMessage,
  patch: MessagePatch,
  state: FakeDiscordState,
  via: "edit-original" | "webhook-edit",
): void {
  const wasLoading = (message.flags & MessageFlags.Loading) !== 0;
  const kept = message.flags & MessageFlags.Ephemeral;
  const flags = kept | ((patch.flags ?? message.flags & ~MessageFlags.Loading) & ~MessageFlags.Ephemeral);
  state.store.update(message, { ...patch, flags }, via, !wasLoading);
}
