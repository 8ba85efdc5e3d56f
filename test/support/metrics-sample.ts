/** The value of one series (name with its labels, as rendered) in a Prometheus text page; undefined if absent. */
export function metricsSample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
