/**
 * A Teams message's text as the words a person typed: the bot's own mentions (the entities' `text`) removed, other mentions
 * as "@Name", remaining markup dropped and the few entities Teams uses decoded. The result is still
 * untrusted text: converters escape it wherever they show it.
 */
export function teamsPlainText(text: string, botMentions: readonly string[] = []): string {
  return botMentions
    .reduce((rest, mention) => rest.replaceAll(mention, ""), text)
    .replace(/<at[^>]*>([^<]*)<\/at>/gi, (_all, name: string) => `@${name.trim()}`)
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}
