import type { APIMessage } from "discord.js";
import type { FakeDiscordMessage, NewMessage } from "./fake-discord-message-store.js";

/**
 * A message the fake only saw in a payload it dispatched (a person's MESSAGE_CREATE, or the `message` of a
 * component interaction), in the store's shape, keeping its id so later routes can find it.
 */
export function fromApiMessage(
  message: APIMessage & { guild_id?: string },
  source: FakeDiscordMessage["source"],
): NewMessage {
  return {
    id: message.id,
    channelId: message.channel_id,
    guildId: message.guild_id,
    author: message.author,
    type: message.type,
    source,
    content: message.content,
    embeds: message.embeds,
    components: message.components ?? [],
    flags: message.flags ?? 0,
  };
}
