import type { APIEmbed } from "discord-api-types/v10";

/**
 * How many characters Discord counts against the 6000 of a message's embeds: titles, descriptions, field
 * names and values, footer texts and author names.
 */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

export function embedsSize(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, e) => sum + embedSize(e), 0);
}
