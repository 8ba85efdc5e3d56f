import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow, DiscordMessage } from "./discord-message.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

/**
 * Small builders that keep every piece inside Discord's limits; text given here is already-escaped
 * markdown.
 */

export function discordEmbed(parts: {
  title?: string;
  description?: string;
  fields?: APIEmbedField[];
  color?: number;
}): APIEmbed {
  const { title, description, fields = [], color } = parts;
  return {
    ...(title ? { title: truncateDiscordText(title, discordLimits.embedTitle) } : {}),
    ...(description ? { description: truncateDiscordText(description, discordLimits.embedDescription) } : {}),
    ...(fields.length > 0 ? { fields: fields.slice(0, discordLimits.fieldsPerEmbed) } : {}),
    ...(color === undefined ? {} : { color }),
  };
}

/** A message pinging nobody but `ping` (user ids), with `content` cut to fit. */
export function discordMessage(parts: {
  content?: string;
  embeds?: APIEmbed[];
  components?: DiscordActionRow[];
  ping?: string[];
}): DiscordMessage {
  const { content, embeds = [], components = [], ping = [] } = parts;
  return {
    ...(content ? { content: truncateDiscordText(content, discordLimits.content) } : {}),
    embeds,
    components,
    allowedMentions: { parse: [], users: [...new Set(ping)] },
  };
}
