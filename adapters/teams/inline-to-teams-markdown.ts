import { renderInline } from "../../src/chat/document/render-inline.js";
import type { Inline } from "../../src/chat/document/reply-document.js";
import { truncateMarkup } from "../../src/chat/document/truncate-markup.js";
import { safeDisplayText } from "../../src/runtime/safe-display-text.js";

/**
 * Untrusted text as literal Teams markdown on one line: every character Teams' CommonMark-style renderer
 * could read as markup (emphasis, links, headings, HTML and entities, `<at>` mentions) is backslash-escaped,
 * after control and bidi characters are stripped, so a hostile CN cannot style, link or mention. Parentheses
 * and `!` stay: with `[` and `]` escaped they cannot form a link or an image.
 */
function escapeTeamsMarkdown(text: string): string {
  return safeDisplayText(text).replace(/[\\`*_~[\]<>#&]/g, "\\$&");
}

const markdown = {
  // Adaptive Card markdown has no strikethrough; the presenter always says in words why a fix is struck.
  marks: { strong: "**", emphasis: "_", struck: "" },
  text: escapeTeamsMarkdown,
  code: (text: string) => `\\\`${escapeTeamsMarkdown(text)}\\\``,
  // Without an `<at>` entity (which needs the person's name) a mention is shown, never pinged.
  person: (id: string) => `@${escapeTeamsMarkdown(id)}`,
} as const;

/**
 * A line of the document as Teams markdown, at most `max` characters. A line that starts like a list item
 * ("- ", "+ ", "1. ") would become one: its marker is escaped too. A cut never leaves a backslash that would
 * escape the ellipsis.
 */
export function inlineToTeamsMarkdown(line: readonly Inline[], max: number): string {
  const text = renderInline(line, markdown)
    .replace(/^(\s*)([-+])/, "$1\\$2")
    .replace(/^(\s*\d+)\./, "$1\\.");
  return truncateMarkup(text, max, { dangling: /\\+$/ });
}
