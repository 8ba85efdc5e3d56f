import { factNames } from "./bench-facts.js";
import type { TargetResult } from "./run-bench-target.js";
import type { BenchSummary } from "./summarize-bench.js";

const headers = [
  "target",
  "tool",
  "time",
  "peer/rdp-fix (probe | endpoint), exporter/sslscan",
  "protocols",
  "versions",
  "cert dates",
];

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function ratio(peerMs: number, rdpFixMs: number | undefined): string {
  if (rdpFixMs === undefined) return "?";
  return times(peerMs / Math.max(rdpFixMs, 1));
}

function times(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)}x`;
}

/** The table a human reads: one row per tool per target, then the summary. Pure: results in, text out. */
export function renderBenchTable(results: readonly TargetResult[], summary: BenchSummary): string {
  const groups = results.map(targetRows);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...groups.flat().map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(" | ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("-+-");
  const body = groups.flatMap((rows, index) => [...(index > 0 ? [rule] : []), ...rows.map(line)]);
  return [line(headers), rule, ...body, "", ...renderSummary(summary)].join("\n");
}

function targetRows(result: TargetResult): string[][] {
  const probeMs = result.runs.find((run) => run.tool === "rdp-fix")?.ms;
  const endpointMs = result.runs.find((run) => run.tool === "rdp-fix endpoint")?.ms;
  const sslscanMs = result.runs.find((run) => run.tool === "sslscan")?.ms;
  const ratioCell = (tool: string, ms: number) => {
    if (tool === "nmap" || tool === "sslscan") return `${ratio(ms, probeMs)} | ${ratio(ms, endpointMs)}`;
    if (tool === "rdp-fix exporter" && sslscanMs !== undefined) return `${ratio(ms, sslscanMs)} of sslscan`;
    return "-";
  };
  return result.runs.map((run, index) => {
    const usual = run.ended === "done" || run.ended === "exit 0";
    return [
      index === 0 ? result.target.name : "",
      run.tool,
      `${formatMs(run.ms)}${usual ? "" : ` (${run.ended})`}`,
      ratioCell(run.tool, run.ms),
      ...factNames.map((fact) => run.facts[fact].label),
    ];
  });
}

function renderSummary(summary: BenchSummary): string[] {
  const right = summary.right.map(({ tool, right, of }) => `${tool} ${right}/${of}`).join(", ");
  const speed = summary.speed
    .map(({ rdpFix, peer, faster, of }) => `${rdpFix} faster than ${peer} on ${faster}/${of}`)
    .join("; ");
  const budgets = summary.budgets.map(
    ({ target, ms, budgetMs, withinLimit, findings }) =>
      `${target}: rdp-fix probe ${formatMs(ms)} of its ${formatMs(budgetMs)} budget (${Math.round((ms / budgetMs) * 100)} %, ${withinLimit ? "within" : "OVER"} budget +20 %); findings: ${findings.join(", ")}`,
  );
  const misses = summary.rdpFixMisses.map(
    ({ target, tool, fact, label }) => `rdp-fix WRONG: ${target} / ${tool} / ${fact}: ${label}`,
  );
  const { ratios, median, excluded } = summary.exporterVsSslscan;
  const exporter =
    median === undefined
      ? "exporter vs sslscan --rdp: no target where both got the certificate right (its dates, or that there is none)"
      : `exporter vs sslscan --rdp, time per scrape over sslscan's on the ${ratios.length} targets where both got the certificate right (its dates, or that there is none): median ${times(median)}${excluded.length > 0 ? ` (left out: ${excluded.join(", ")})` : ""}`;
  return [
    ...misses,
    ...budgets,
    `speed: ${speed}`,
    exporter,
    `facts right: ${right}${summary.rdpFixMisses.length === 0 ? " (rdp-fix right on every fact)" : ""}`,
  ];
}
