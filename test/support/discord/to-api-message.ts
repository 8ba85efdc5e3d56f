import type { APIMessage } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import type { FakeDiscordMessage } from "./fake-discord-message-store.js";

/**
 * A stored message in the full shape Discord returns from every message route. discord.js builds a
 * Message from it, so a missing `author`, `timestamp` or `mentions` breaks the bot, not the fake.
 * `referenced` is the message a reply points at, when the fake knows it.
 */
export function toApiMessage(message: FakeDiscordMessage, referenced?: FakeDiscordMessage): APIMessage {
  const fromInteraction = message.source === "interaction";
  return {
    id: message.id,
    channel_id: message.channelId,
    author: message.author,
    content: message.content,
    timestamp: message.timestamp,
    edited_timestamp: message.editedTimestamp,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: message.attachments.map((filename, index) => ({
      // Attachment ids are snowflakes minted just after the message.
      id: String(BigInt(message.id) + BigInt(index + 1)),
      filename,
      size: 0,
      url: `https://cdn.discordapp.com/attachments/${message.channelId}/${message.id}/${filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${message.channelId}/${message.id}/${filename}`,
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type: message.type,
    flags: message.flags,
    // Interaction responses are sent through the application's webhook.
    ...(fromInteraction
      ? { webhook_id: fakeDiscordIds.applicationId, application_id: fakeDiscordIds.applicationId }
      : {}),
    ...(message.messageReference === undefined
      ? {}
      : {
          message_reference: message.messageReference,
          referenced_message: referenced === undefined ? null : toApiMessage(referenced),
        }),
  };
}
