/**
 * A message's text as the person typed it: Slack escapes exactly `&`, `<` and `>` in message text, which
 * would break a pasted JSON report. (`&amp;` last, so "&amp;lt;" stays the literal "&lt;" it was.)
 */
export function unescapeSlackText(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}
