import { code, plain } from "./inline.js";
import type { Inline, ReplyDocument } from "./reply-document.js";

/**
 * The engine's own sentences mark commands as `inline code` on purpose ("Start a new one with
 * `/rdp-fix <host>`"): those spans become code pieces, everything around them text.
 */
export function prose(text: string): Inline[] {
  return text
    .split(/(`[^`\n]+`)/)
    .flatMap((part, i) => (part === "" ? [] : [i % 2 === 1 ? code(part.slice(1, -1)) : plain(part)]));
}

/** A sentence of prose as a whole reply: one paragraph, and the same words as its notification. */
export function proseDocument(text: string): ReplyDocument {
  const words = prose(text);
  return { summary: words, blocks: [{ type: "paragraph", text: words }] };
}
