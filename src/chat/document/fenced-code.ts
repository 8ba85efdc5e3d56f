import type { CodeLanguage } from "./reply-document.js";

const fence = "```";

/**
 * A command as chat markdown shows it, copyable exactly: a console path (`gui`) as inline code when it is one
 * simple line, anything else in a fenced block, tagged for highlighting where the platform highlights. A
 * fence inside the command would end the block early: a zero-width space splits it, so it looks the same.
 * `command` comes made safe the platform's way, its lines kept.
 */
export function fencedCode(command: string, language: CodeLanguage, tag = ""): string {
  if (language === "gui" && !/[`\n]/.test(command)) return `\`${command}\``;
  return `${fence}${tag}\n${command.replaceAll(fence, "``\u200b`")}\n${fence}`;
}
