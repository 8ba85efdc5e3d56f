import { cutAtWord } from "../../src/chat/document/cut-at-word.js";

/** Shortens plain text (a button or option label) to at most `max` characters, the way every converter cuts. */
export function truncatePlainText(text: string, max: number): string {
  return cutAtWord(text, max);
}
