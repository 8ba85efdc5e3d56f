import { fencedCode } from "../../src/chat/document/fenced-code.js";
import type { CodeLanguage } from "../../src/chat/document/reply-document.js";
import { safeDisplayLines, safeDisplayText } from "../../src/runtime/safe-display-text.js";
import { escapeDiscordMarkdown, neutralizeMassMentions } from "./escape-discord-markdown.js";

/** Discord highlights these languages; `bat` is how highlight.js names Command Prompt scripts. */
const languages: Partial<Record<CodeLanguage, string>> = {
  powershell: "powershell",
  cmd: "bat",
  bash: "bash",
};

/**
 * A command as Discord shows it, copyable exactly, highlighted for its shell. Discord parses no markdown or
 * mentions inside code, so only control and bidi characters are taken out.
 */
export function formatDiscordCode(raw: string, language: CodeLanguage): string {
  return fencedCode(safeDisplayLines(raw), language, languages[language]);
}

/** An id as inline code (`tcp.open`); text that could end the span early is shown escaped instead. */
export function formatDiscordInlineCode(raw: string): string {
  const text = safeDisplayText(raw);
  return /[`\n]/.test(text) || text === ""
    ? escapeDiscordMarkdown(text)
    : `\`${neutralizeMassMentions(text)}\``;
}
