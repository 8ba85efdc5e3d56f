import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow, DiscordEmbed, DiscordField, DiscordMessage } from "./discord-message.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

/**
 * Small builders that keep every piece inside Discord's limits; text given here is already-escaped
 * markdown.
 */

/** An embed's colour by what its part of the reply is (the document's heading tone). */
export const embedColor = {
  ask: 0x5865f2,
  cause: 0xfee75c,
  "top-cause": 0xed4245,
  info: 0x99aab5,
  good: 0x57f287,
} as const;

export function discordEmbed(parts: {
  title?: string;
  description?: string;
  fields?: DiscordField[];
  color?: number;
}): DiscordEmbed {
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
  embeds?: DiscordEmbed[];
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
