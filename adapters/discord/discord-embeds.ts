import type { APIEmbed } from "discord-api-types/v10";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow, DiscordMessage } from "./discord-message.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

/**
 * Small builders that keep every piece inside Discord's limits; text given here is already-escaped
 * markdown. A reply's part is an embed's title and description only: the converter writes a document's
 * fields as `**Label:** value` lines of the description.
 */
export function discordEmbed(title: string | undefined, description: string): APIEmbed {
  return {
    ...(title ? { title: truncateDiscordText(title, discordLimits.embedTitle) } : {}),
    ...(description ? { description: truncateDiscordText(description, discordLimits.embedDescription) } : {}),
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
