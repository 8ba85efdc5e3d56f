import { backToWord } from "./cut-at-word.js";

/** What a cut must not split in one platform's markup: each converter says which spans its markup has. */
export interface MarkupSpans {
  /** Characters that must not end a cut: half a code fence, or an escape that would escape the "…". */
  dangling: RegExp;
  /** An entity's first and last character (`&` and `;` of `&amp;`): a cut inside one drops it whole. */
  entity?: readonly [open: string, close: string];
}

const fence = "```";
const closing = `\n${fence}`;

/**
 * Shortens already-escaped chat markup to at most `max` characters, ending in "…" when cut, at a word when
 * one ends near the limit (the rule of cutAtWord), never inside one of the markup's spans or a surrogate
 * pair; a code block the cut left open is closed, so the rest of the message is not swallowed into it.
 */
export function truncateMarkup(text: string, max: number, spans: MarkupSpans): string {
  if (text.length <= max) return text;
  const cutAt = (length: number) => {
    let cut = backToWord(text.slice(0, Math.max(0, length)));
    const [open, close] = spans.entity ?? [];
    const entityStart = open === undefined ? -1 : cut.lastIndexOf(open);
    if (entityStart >= 0 && close !== undefined && !cut.includes(close, entityStart))
      cut = cut.slice(0, entityStart);
    return cut.replace(spans.dangling, "");
  };
  const cut = cutAt(max - 1);
  if (!insideCode(cut)) return `${cut}…`;
  const shorter = cutAt(max - 1 - closing.length);
  return insideCode(shorter) ? `${shorter}…${closing}` : `${shorter}…`;
}

function insideCode(text: string): boolean {
  return text.split(fence).length % 2 === 0;
}
