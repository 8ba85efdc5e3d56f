import { safeDisplayText } from "../../src/runtime/safe-display-text.js";

/**
 * Makes user, probe and flow text inert in Discord markdown: a hostile certificate CN, host name or answer
 * shows as the characters it is, never as bold, a masked link, a spoiler, a mention, a role or channel ping,
 * or a heading. Discord reads a backslash before any punctuation as "this character, literally", which also
 * breaks `<@id>`, `<@&id>`, `<#id>` and `<t:...>`. `@everyone` and `@here` are not markup but server-side
 * pings, so a zero-width space splits them instead (as discord.js's cleanContent does). Control characters,
 * escape sequences and bidi controls are stripped first and line breaks become spaces, so a hostile name can
 * neither reorder what a reader sees nor start a line (or a heading) of its own.
 */
export function escapeDiscordMarkdown(text: string): string {
  return neutralizeMassMentions(
    safeDisplayText(text)
      .replace(/[\\*_~`|<>[\]]/g, "\\$&")
      // Headings (`#`, `-#`), list bullets and numbered lists only count at the start of a line.
      .replace(/^(\s*)([#+-])/gm, "$1\\$2")
      .replace(/^(\s*\d+)\.(?=\s)/gm, "$1\\."),
  );
}

export function neutralizeMassMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, "@\u200b$1");
}
