import { renderInline } from "../../src/chat/document/render-inline.js";
import type { Inline } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

const userId = /^[UW][A-Z0-9]{2,20}$/;
const mention = /^<(@[UW][A-Z0-9]{2,20}|!subteam\^[A-Z0-9]{2,20})>$/;

const mrkdwn = {
  marks: { strong: "*", emphasis: "_", struck: "~" },
  text: escapeMrkdwn,
  code: (text: string) => `\`${escapeMrkdwn(text).replaceAll("`", "'")}\``,
  /**
   * A user id (`U123`) or a canonical mention (`<@U123>`, `<!subteam^S123>`, as decodeSlashCommand returns
   * them) becomes a real mention; anything else is shown as escaped text, so a name can never smuggle in
   * `<!channel>`.
   */
  person: (who: string) => (userId.test(who) ? `<@${who}>` : mention.test(who) ? who : escapeMrkdwn(who)),
} as const;

/**
 * A line of the document as escaped mrkdwn. A line holds no code block, so three backticks in it (in a name,
 * or where a text piece meets a code piece) would open one that swallows the rest: a zero-width space splits
 * them.
 */
export function inlineToMrkdwn(line: readonly Inline[]): string {
  return renderInline(line, mrkdwn).replaceAll("```", "``\u200b`");
}
