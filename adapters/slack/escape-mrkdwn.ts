/**
 * Makes text safe inside Slack mrkdwn: Slack reads `<...>` as a mention, channel ping or link, so a hostile
 * certificate CN, host name or answer must not be able to write `<!channel>`. These three characters are the
 * only ones Slack asks to escape; it shows the entities as the characters again, also inside code blocks.
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
