/**
 * The most of someone's input an error message repeats back. Enough to recognise what was sent; a hostile or
 * mistaken megabyte must not come back as a megabyte (in a terminal, a chat message or a log line).
 */
export const maxQuotedInput = 200;

/** Input text cut to `maxQuotedInput` characters, marked with … when cut (never splits a surrogate pair). */
export function clipInput(text: string): string {
  if (text.length <= maxQuotedInput) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(maxQuotedInput - 1)) ? maxQuotedInput - 1 : maxQuotedInput;
  return `${text.slice(0, end)}…`;
}

/**
 * Any input value as an error message quotes it: a string in double quotes (escaped as JSON, clipped), a
 * scalar as written, and an object or array by its kind only, since writing one out can be huge or too deep
 * to stringify at all.
 */
export function quoteInput(value: unknown): string {
  if (typeof value === "string") return `"${escapeClipped(value)}"`;
  if (value === undefined) return "(none)";
  if (value === null || typeof value === "number" || typeof value === "boolean")
    return clipInput(String(value));
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

/**
 * The string escaped as JSON, cut so that the escaped form holds at most `maxQuotedInput` characters: a run of
 * control characters escapes to six characters each, so clipping before escaping is not enough. Never cuts
 * an escape sequence or a surrogate pair.
 */
function escapeClipped(text: string): string {
  let escaped = "";
  for (const char of text) {
    const piece = JSON.stringify(char).slice(1, -1);
    if (escaped.length + piece.length > maxQuotedInput) return `${escaped}…`;
    escaped += piece;
  }
  return escaped;
}
