import { truncateMarkup } from "../../src/chat/document/truncate-markup.js";

/**
 * Discord markdown's spans: a trailing backslash would escape the ellipsis, and backticks may be half a fence.
 * Commands are never cut by this: renderers drop whole steps.
 */
export const truncateDiscordText = (text: string, max: number): string =>
  truncateMarkup(text, max, { dangling: /[\\`]+$/ });
