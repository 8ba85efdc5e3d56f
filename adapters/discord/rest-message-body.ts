import type { DiscordMessage } from "./discord-message.js";

/** The JSON the REST API takes; discord.js spells allowed mentions differently from the wire. */
export function restBody(message: DiscordMessage) {
  return {
    content: message.content ?? "",
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: message.allowedMentions.parse, users: message.allowedMentions.users },
  };
}
