import { renderInline } from "../../src/chat/document/render-inline.js";
import type { Inline } from "../../src/chat/document/reply-document.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatDiscordInlineCode } from "./format-discord-code.js";
import { formatDiscordPerson } from "./format-discord-person.js";

const markdown = {
  marks: { strong: "**", emphasis: "*", struck: "~~" },
  text: escapeDiscordMarkdown,
  code: formatDiscordInlineCode,
  person: formatDiscordPerson,
} as const;

/** A line of the document as Discord markdown, every untrusted piece escaped. */
export function inlineToDiscord(line: readonly Inline[]): string {
  return renderInline(line, markdown);
}
