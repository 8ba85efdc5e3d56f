import type { Inline, InlineStyle } from "./reply-document.js";

/**
 * How one platform writes a line: its emphasis marks, and each kind of piece, escaped its way. A link is
 * not the platform's choice: every platform shows it as words and address, never as a masked link, so a
 * hostile address cannot hide behind friendly words (nor abuse Slack's `<...>` link syntax).
 */
export interface InlineSyntax {
  marks: Record<InlineStyle, string>;
  text(text: string): string;
  code(text: string): string;
  person(id: string): string;
}

/**
 * A line of the document in a platform's markup. Pieces of one style in a row share one pair of marks, so
 * "**Handoff to @bob from @alice:**" stays one bold run around its mentions.
 */
export function renderInline(line: readonly Inline[], syntax: InlineSyntax): string {
  let out = "";
  let open: InlineStyle | undefined;
  for (const piece of line) {
    const text = pieceText(piece, syntax);
    if (text === "") continue;
    // Code and links take the style around them, so "_run `rdp-fix diagnose` in a terminal_" stays one run.
    const style = piece.type === "text" || piece.type === "person" ? piece.style : open;
    if (style !== open) {
      if (open) out += syntax.marks[open];
      if (style) out += syntax.marks[style];
      open = style;
    }
    out += text;
  }
  return open ? `${out}${syntax.marks[open]}` : out;
}

function pieceText(piece: Inline, syntax: InlineSyntax): string {
  switch (piece.type) {
    case "text":
      return syntax.text(piece.text);
    case "code":
      return syntax.code(piece.text);
    case "person":
      return syntax.person(piece.id);
    case "link":
      return `${syntax.text(piece.text)} (${syntax.text(piece.url)})`;
  }
}
