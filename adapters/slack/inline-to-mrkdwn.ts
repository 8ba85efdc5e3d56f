import type { Inline, InlineStyle } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatSlackPerson } from "./format-slack-person.js";

const marks: Record<InlineStyle, string> = { strong: "*", emphasis: "_", struck: "~" };

/**
 * A line of the document as escaped mrkdwn. Pieces of one style in a row share one pair of marks, so
 * "*Handoff to <@U1> from <@U2>:*" stays one bold run around its mentions.
 */
export function inlineToMrkdwn(line: readonly Inline[]): string {
  let out = "";
  let open: InlineStyle | undefined;
  for (const piece of line) {
    const text = pieceText(piece);
    if (text === "") continue;
    const style = piece.type === "text" || piece.type === "person" ? piece.style : undefined;
    if (style !== open) {
      if (open) out += marks[open];
      if (style) out += marks[style];
      open = style;
    }
    out += text;
  }
  return open ? `${out}${marks[open]}` : out;
}

function pieceText(piece: Inline): string {
  switch (piece.type) {
    case "text":
      // A fence in a name would open a code block that swallows the rest; a zero-width space splits it.
      return escapeMrkdwn(piece.text).replaceAll("```", "``\u200b`");
    case "code":
      return `\`${escapeMrkdwn(piece.text).replaceAll("`", "'")}\``;
    case "person":
      return formatSlackPerson(piece.id);
    case "link":
      return `${escapeMrkdwn(piece.text)} (${escapeMrkdwn(piece.url)})`;
  }
}
