import { renderInline } from "../../src/chat/document/render-inline.js";
import type { Inline } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatSlackPerson } from "./format-slack-person.js";

const mrkdwn = {
  marks: { strong: "*", emphasis: "_", struck: "~" },
  text: escapeMrkdwn,
  code: (text: string) => `\`${escapeMrkdwn(text).replaceAll("`", "'")}\``,
  person: formatSlackPerson,
} as const;

/**
 * A line of the document as escaped mrkdwn. A line holds no code block, so three backticks in it (in a name,
 * or where a text piece meets a code piece) would open one that swallows the rest: a zero-width space splits
 * them.
 */
export function inlineToMrkdwn(line: readonly Inline[]): string {
  return renderInline(line, mrkdwn).replaceAll("```", "``\u200b`");
}
