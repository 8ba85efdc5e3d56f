const unsafe = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but leaves C1 controls (U+0080-U+009F, which
 * some terminals obey like ESC) and bidi overrides (which reorder what a person reads) as raw characters.
 * They are written as \\u escapes here, so the JSON means the same and prints harmless.
 */
export function terminalSafeJson(value: unknown): string {
  return escapeUnsafe(JSON.stringify(value, null, 2));
}

/** The same on one line, for JSON lines (U+2028 and U+2029 would otherwise split a line for some readers). */
export function terminalSafeJsonLine(value: unknown): string {
  return escapeUnsafe(JSON.stringify(value));
}

function escapeUnsafe(json: string): string {
  return json.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
