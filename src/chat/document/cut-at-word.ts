/** How far back from the limit a cut looks for a space before it settles for cutting inside a word. */
const wordReach = 40;

/**
 * Text of at most `max` characters, ending in "…" when cut, after a whole word when one ends near the limit,
 * never inside a surrogate pair. Every converter cuts this way, so a long text ends alike everywhere.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${backToWord(text.slice(0, Math.max(0, max - 1)))}…`;
}

/** A cut moved back to the end of its last whole word (when one is near) and off a broken surrogate pair. */
export function backToWord(cut: string): string {
  const space = cut.lastIndexOf(" ");
  const word = space > 0 && space >= cut.length - wordReach ? cut.slice(0, space).trimEnd() : cut;
  const last = word.charCodeAt(word.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? word.slice(0, -1) : word;
}
