import type { APIEmbed } from "discord-api-types/v10";
import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { documentToDiscord } from "./document-to-discord.js";

/** A document as the Discord messages that carry it, each inside Discord's limits. */
export function fitDiscordDocument(document: ReplyDocument, sessionId: string | undefined): DiscordMessage[] {
  return fitConverted(
    document,
    (fitted) => documentToDiscord(fitted, sessionId),
    (message) =>
      message.embeds.length <= discordLimits.embedsPerMessage &&
      embedsSize(message.embeds) + (message.content?.length ?? 0) <= discordLimits.embedsTotal &&
      message.components.length <= discordLimits.actionRows,
  );
}

/**
 * How many characters Discord counts against the 6000 of a message's embeds: titles, descriptions, field
 * names and values, footer texts and author names.
 */
function embedsSize(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => {
    const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    const footer = (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
    return sum + (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + footer;
  }, 0);
}
