import { renderInline } from "../../src/chat/document/render-inline.js";
import type { Inline } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatSlackPerson } from "./format-slack-person.js";

const mrkdwn = {
  marks: { strong: "*", emphasis: "_", struck: "~" },
  // A fence in a name would open a code block that swallows the rest; a zero-width space splits it.
  text: (text: string) => escapeMrkdwn(text).replaceAll("```", "``\u200b`"),
  code: (text: string) => `\`${escapeMrkdwn(text).replaceAll("`", "'")}\``,
  person: formatSlackPerson,
  // Slack's own link syntax is `<...>`, which a hostile URL could abuse: the address is shown as text.
  link: (text: string, url: string) => `${escapeMrkdwn(text)} (${escapeMrkdwn(url)})`,
} as const;

/** A line of the document as escaped mrkdwn. */
export function inlineToMrkdwn(line: readonly Inline[]): string {
  return renderInline(line, mrkdwn);
}
