/** Shortens text to at most `max` characters, ending in "…" when cut, never splitting a surrogate pair. */
export function truncatePlainText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${dropBrokenSurrogate(text.slice(0, Math.max(0, max - 1)))}…`;
}

export function dropBrokenSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
