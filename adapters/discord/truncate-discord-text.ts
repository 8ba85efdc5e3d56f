import { backToWord } from "../../src/chat/document/cut-at-word.js";
import { truncateFencedText } from "../../src/runtime/truncate-fenced-text.js";

/**
 * Shortens already-escaped Discord text to at most `max` characters, ending in "…" when cut, at a word when
 * one ends near the limit (the shared rule of every converter). The cut never splits a surrogate pair or
 * leaves a dangling backslash, and a code block left open is closed, so the rest of the message is not
 * swallowed into it. Commands are never cut by this: renderers drop whole steps.
 */
export function truncateDiscordText(text: string, max: number): string {
  return truncateFencedText(text, max, cutAt);
}

function cutAt(text: string, length: number): string {
  // A trailing backslash would escape the ellipsis; trailing backticks may be half a fence.
  return backToWord(text.slice(0, Math.max(0, length))).replace(/[\\`]+$/, "");
}
