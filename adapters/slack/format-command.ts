import { fencedCode } from "../../src/chat/document/fenced-code.js";
import type { CodeLanguage } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwnLines } from "./escape-mrkdwn.js";

/** A command in a code block (Slack highlights none), copyable as is; a console path inline. */
export function formatCommand(command: string, language: CodeLanguage): string {
  return fencedCode(escapeMrkdwnLines(command), language);
}
