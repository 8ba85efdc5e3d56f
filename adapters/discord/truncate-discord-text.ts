import { truncateFencedText } from "../../src/runtime/truncate-fenced-text.js";

/**
 * Shortens already-escaped Discord text to at most `max` characters, ending in "…" when cut. The cut never
 * splits a surrogate pair or leaves a dangling backslash, and a code block left open is closed, so the rest
 * of the message is not swallowed into it. Commands are never cut by this: renderers drop whole steps.
 */
export function truncateDiscordText(text: string, max: number): string {
  return truncateFencedText(text, max, cutAt);
}

function cutAt(text: string, length: number): string {
  let cut = text.slice(0, Math.max(0, length));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  // A trailing backslash would escape the ellipsis; trailing backticks may be half a fence.
  return cut.replace(/[\\`]+$/, "");
}
