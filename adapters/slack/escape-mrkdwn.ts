import { safeDisplayLines, safeDisplayText } from "../../src/runtime/safe-display-text.js";

/**
 * Makes text safe inside Slack mrkdwn, on one line: Slack reads `<...>` as a mention, channel ping or link, so
 * a hostile certificate CN, host name or answer must not be able to write `<!channel>`. These three characters
 * are the only ones Slack asks to escape; it shows the entities as the characters again, also inside code
 * blocks. Control characters, escape sequences and bidi controls are stripped first and line breaks become
 * spaces, so a hostile name cannot reorder what a reader sees or start a line that looks like ours.
 */
export function escapeMrkdwn(text: string): string {
  return escapeEntities(safeDisplayText(text));
}

/** The same for text that is meant to span lines, such as a multi-line command from the flow. */
export function escapeMrkdwnLines(text: string): string {
  return escapeEntities(safeDisplayLines(text));
}

function escapeEntities(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
