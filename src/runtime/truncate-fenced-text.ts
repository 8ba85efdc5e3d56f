const fence = "```";
const closing = `\n${fence}`;

/**
 * Shortens chat markup to at most `max` characters, ending in "…" when cut, and closes a code block the cut
 * left open so the rest of the message is not swallowed into it. `cutAt` is the platform's rule for where a
 * cut may fall (never inside an entity, a surrogate pair, an escape or half a fence).
 */
export function truncateFencedText(
  text: string,
  max: number,
  cutAt: (text: string, length: number) => string,
): string {
  if (text.length <= max) return text;
  const cut = cutAt(text, max - 1);
  if (!insideCode(cut)) return `${cut}…`;
  const shorter = cutAt(text, max - 1 - closing.length);
  return insideCode(shorter) ? `${shorter}…${closing}` : `${shorter}…`;
}

function insideCode(text: string): boolean {
  return text.split(fence).length % 2 === 0;
}
