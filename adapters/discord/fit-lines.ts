import { truncateDiscordText } from "./truncate-discord-text.js";

/**
 * As many whole lines as fit in `chars` (joined by newlines), then `more(n)` saying how many were left out.
 * A line longer than `maxLine` is cut first, so one huge line cannot crowd out all the others.
 */
export function fitLines(
  lines: readonly string[],
  chars: number,
  more: (left: number) => string,
  maxLine = Infinity,
): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, raw] of lines.entries()) {
    const line = truncateDiscordText(raw, maxLine);
    const note = more(lines.length - i);
    const reserve = i < lines.length - 1 ? note.length + 1 : 0;
    if (used + line.length + 1 + reserve > chars) return [...kept, note].join("\n");
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join("\n");
}
