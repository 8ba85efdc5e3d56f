import { backToWord } from "../../src/chat/document/cut-at-word.js";
import { truncateFencedText } from "../../src/runtime/truncate-fenced-text.js";

/**
 * Shortens escaped mrkdwn to at most `max` characters, ending in "…" when cut, at a word when one ends near
 * the limit (the shared rule of every converter). The cut never splits an
 * entity (`&amp;`) or a surrogate pair, and a code block left open by the cut is closed, so the rest of the
 * message is not swallowed into it.
 */
export function truncateMrkdwn(text: string, max: number): string {
  return truncateFencedText(text, max, cutAt);
}

function cutAt(text: string, length: number): string {
  let cut = backToWord(text.slice(0, Math.max(0, length)));
  const entityStart = cut.lastIndexOf("&");
  if (entityStart >= 0 && !cut.includes(";", entityStart)) cut = cut.slice(0, entityStart);
  // Backticks at the cut may be half a fence; dropping them keeps the fence count meaningful.
  return cut.replace(/`+$/, "");
}
