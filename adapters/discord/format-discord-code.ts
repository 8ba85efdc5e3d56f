import type { RankedCause } from "../../src/engine/index.js";
import { safeDisplayLines, safeDisplayText } from "../../src/runtime/safe-display-text.js";
import { escapeDiscordMarkdown, neutralizeMassMentions } from "./escape-discord-markdown.js";

type Shell = NonNullable<RankedCause["fixes"][number]["verify"]["shell"]>;

const fence = "```";
/** Discord highlights these languages; `bat` is how highlight.js names Command Prompt scripts. */
const languages: Record<Exclude<Shell, "gui">, string> = {
  powershell: "powershell",
  cmd: "bat",
  bash: "bash",
};

/**
 * A command as Discord shows it, copyable exactly: in a fenced code block (highlighted for its shell), or a
 * console path as inline code when it is one simple line. Discord parses no markdown or mentions inside code;
 * the one thing that could break out is a fence in the command, so a zero-width space splits it.
 */
export function formatDiscordCode(raw: string, shell: Shell | undefined): string {
  const command = safeDisplayLines(raw);
  if (shell === "gui" && !/[`\n]/.test(command)) return `\`${command}\``;
  const language = shell === undefined || shell === "gui" ? "" : languages[shell];
  return `${fence}${language}\n${command.replaceAll(fence, "``\u200b`")}\n${fence}`;
}

/** An id as inline code (`tcp.open`); text that could end the span early is shown escaped instead. */
export function formatDiscordInlineCode(raw: string): string {
  const text = safeDisplayText(raw);
  return /[`\n]/.test(text) || text === ""
    ? escapeDiscordMarkdown(text)
    : `\`${neutralizeMassMentions(text)}\``;
}
