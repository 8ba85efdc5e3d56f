/**
 * Lines in order, gathered into runs that each hold at most `max` characters once joined by line breaks:
 * every converter fills a text container (Slack's section, Discord's embed description) with as many lines
 * as it holds, so a card is a few containers, not one per line. A line longer than `max` (the converter cuts
 * lines beforehand) stands alone in its run. `length` measures a line that carries more than its text.
 */
export function packLines<Line>(
  lines: readonly Line[],
  max: number,
  length: (line: Line) => number,
): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  let used = -1;
  for (const line of lines) {
    const size = length(line);
    if (run.length > 0 && used + 1 + size > max) {
      runs.push(run);
      run = [];
      used = -1;
    }
    run.push(line);
    used += 1 + size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
