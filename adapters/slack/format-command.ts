import type { CodeLanguage } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwnLines } from "./escape-mrkdwn.js";

/** A command in a code block, copyable as is; a console path inline, unless it would break the inline code. */
export function formatCommand(command: string, language: CodeLanguage): string {
  const escaped = escapeMrkdwnLines(command);
  if (language === "gui" && !/[`\n]/.test(command)) return `\`${escaped}\``;
  // A fence inside the command would end the block early; a zero-width space keeps it visibly the same.
  return `\`\`\`\n${escaped.replaceAll("```", "``\u200b`")}\n\`\`\``;
}
