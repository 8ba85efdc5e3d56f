import { InteractionResponseType, InteractionType, MessageFlags, MessageType } from "discord.js";
import type { FakeDiscordMessage } from "./fake-discord-message-store.js";
import { botUser } from "./fake-discord-users.js";
import type { FakeInteraction } from "./fake-interactions.js";
import { fromApiMessage } from "./from-api-message.js";
import { interactionTokenExpired } from "./interaction-token-expired.js";
import { isEmptyMessage, parseMessageBody } from "./parse-message-body.js";
import { discordError, jsonAnswer, noContent, type RestAnswer } from "./rest-answer.js";
import { bodyFields, type FakeDiscordState, param, type RouteRequest } from "./route-request.js";
import { toApiMessage } from "./to-api-message.js";

/**
 * `POST /interactions/:interactionId/:token/callback`, held to Discord's rules: one callback per
 * interaction (40060), within the ack window and token lifetime (10062). Answers 204 without a body, or
 * the callback response object for `?with_response=true`.
 */
export function answerInteractionCallback(request: RouteRequest, state: FakeDiscordState): RestAnswer {
  const interaction = state.interactions.byId(param(request, "interactionId"));
  if (interaction === undefined || interaction.token !== param(request, "token"))
    return discordError(404, 10062);
  if (interactionTokenExpired(interaction, state)) return discordError(404, 10062);
  if (interaction.callback !== undefined) return discordError(400, 40060);
  if (Date.now() - interaction.dispatchedAt > state.ackWindowMs) return discordError(404, 10062);

  const type = Number(bodyFields(request).type);
  const data = bodyFields(request).data as Record<string, unknown> | undefined;
  const patch = parseMessageBody(data);
  const updatesMessage =
    type === InteractionResponseType.DeferredMessageUpdate || type === InteractionResponseType.UpdateMessage;
  if (updatesMessage && interaction.componentMessage === undefined)
    return discordError(400, 50035, "Invalid Form Body", {
      errors: { type: { _errors: [{ code: "INTERACTION_RESPONSE_TYPE_INVALID", message: "Invalid type" }] } },
    });
  if (
    type === InteractionResponseType.ChannelMessageWithSource &&
    isEmptyMessage(patch, request.files.length)
  )
    return discordError(400, 50006);

  let original: FakeDiscordMessage | undefined;
  if (type === InteractionResponseType.ChannelMessageWithSource) {
    original = createOriginal(interaction, state, { ...patch, flags: patch.flags ?? 0 });
  } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
    // "Bot is thinking…": an empty message flagged Loading until the first edit.
    const flags = ((patch.flags ?? 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
    original = createOriginal(interaction, state, { flags });
  } else if (updatesMessage && interaction.componentMessage !== undefined) {
    const { componentMessage } = interaction;
    original =
      state.store.find(componentMessage.id) ??
      state.store.add(fromApiMessage(componentMessage, "payload"), "component-payload");
    if (type === InteractionResponseType.UpdateMessage)
      state.store.update(original, contentOnly(patch), "callback");
  }
  interaction.callback = { type, data, at: Date.now() };
  interaction.originalId = original?.id;
  if (request.query.get("with_response") !== "true") return noContent();
  return jsonAnswer({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      response_message_id: original?.id,
      response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
      response_message_ephemeral: ((original?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
    },
    resource: { type, ...(original === undefined ? {} : { message: toApiMessage(original) }) },
  });
}

function createOriginal(
  interaction: FakeInteraction,
  state: FakeDiscordState,
  patch: ReturnType<typeof parseMessageBody>,
): FakeDiscordMessage {
  return state.store.add(
    {
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      author: botUser(),
      // A slash command's response is a ChatInputCommand message; other responses are assumed Default.
      type:
        interaction.type === InteractionType.ApplicationCommand
          ? MessageType.ChatInputCommand
          : MessageType.Default,
      source: "interaction",
      interactionId: interaction.id,
      ...patch,
    },
    "callback",
  );
}

/** An update cannot change a message's flags (ephemeral stays as it was). */
function contentOnly(patch: ReturnType<typeof parseMessageBody>): ReturnType<typeof parseMessageBody> {
  const { flags: _ignored, ...content } = patch;
  return content;
}
