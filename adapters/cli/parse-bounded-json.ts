export interface JsonBounds {
  /** Characters in the whole text. */
  maxLength: number;
  /** Objects and arrays nested in one another. */
  maxDepth: number;
}

export type BoundedJson =
  | { ok: true; value: unknown }
  | { ok: false; problem: "too-long" | "too-deep" | "not-json" };

/**
 * JSON.parse behind two limits, checked first. A line of thousands of nested arrays parses, but anything that
 * later walks it recursively (JSON.stringify, a schema) overflows the stack and ends the process; and a huge
 * line is not worth parsing. Depth is counted on the text in one pass, so nothing deep is ever built.
 */
export function parseBoundedJson(text: string, bounds: JsonBounds): BoundedJson {
  if (text.length > bounds.maxLength) return { ok: false, problem: "too-long" };
  if (nestsDeeperThan(text, bounds.maxDepth)) return { ok: false, problem: "too-deep" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: "not-json" };
  }
}

function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
