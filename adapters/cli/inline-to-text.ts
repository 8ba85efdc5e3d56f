import type { Inline, InlineStyle } from "../../src/chat/document/reply-document.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/**
 * A line of the document as terminal text. Every piece is untrusted (a certificate name, a person's words):
 * each goes through `safe` before any styling, so no escape sequence, control or bidi character of its own
 * reaches the terminal, and a line break in it cannot start a line that looks like ours. Pieces of one
 * style in a row share one styled run; code keeps its backticks, which a terminal shows as they are.
 */
export function inlineToText(line: readonly Inline[], style: TerminalStyle): string {
  const runs: Array<{ style: InlineStyle | undefined; text: string }> = [];
  for (const piece of line) {
    const text = pieceText(piece);
    if (text === "") continue;
    const pieceStyle = piece.type === "text" || piece.type === "person" ? piece.style : runs.at(-1)?.style;
    const last = runs.at(-1);
    if (last && last.style === pieceStyle) last.text += text;
    else runs.push({ style: pieceStyle, text });
  }
  return runs.map((run) => (run.style ? styled(run.style, style)(run.text) : run.text)).join("");
}

function pieceText(piece: Inline): string {
  switch (piece.type) {
    case "text":
      return safe(piece.text);
    case "code":
      return `\`${safe(piece.text)}\``;
    case "person":
      return safe(piece.id);
    case "link":
      return `${safe(piece.text)} (${safe(piece.url)})`;
  }
}

/** A terminal has bold and dim; a struck-out line (a fix that did not help) says so in words next to it. */
function styled(inline: InlineStyle, style: TerminalStyle): (text: string) => string {
  switch (inline) {
    case "strong":
      return style.bold;
    case "emphasis":
    case "struck":
      return style.dim;
  }
}
