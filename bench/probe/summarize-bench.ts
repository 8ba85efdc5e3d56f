import { type FactName, factNames } from "./bench-facts.js";
import type { TargetResult } from "./run-bench-target.js";
import type { ToolName } from "./tool-run.js";

export interface RdpFixMiss {
  target: string;
  tool: ToolName;
  fact: FactName;
  label: string;
}

export interface SpeedCount {
  rdpFix: ToolName;
  peer: ToolName;
  /** Targets where rdp-fix took less time than the peer. */
  faster: number;
  of: number;
}

export interface BudgetCheck {
  target: string;
  ms: number;
  budgetMs: number;
  /** The probe ended by its budget, give or take 20 %. */
  withinLimit: boolean;
  /** What rdp-fix said about the path, so a reader sees why "could not tell" is its answer. */
  findings: string[];
}

/** The exporter's time per scrape over sslscan --rdp's time, on the targets where both read the same facts. */
export interface ExporterVsSslscan {
  /** exporter ms / sslscan ms, per target where both got the certificate right (its dates, or that there is none). */
  ratios: Array<{ target: string; exporterMs: number; sslscanMs: number; ratio: number }>;
  /** The median of `ratios` (undefined when there is none): under 1, a scrape is the quicker. */
  median: number | undefined;
  /** Targets left out: one of the two got the certificate wrong or could not tell. */
  excluded: string[];
}

export interface BenchSummary {
  right: Array<{ tool: ToolName; right: number; of: number }>;
  rdpFixMisses: RdpFixMiss[];
  speed: SpeedCount[];
  budgets: BudgetCheck[];
  exporterVsSslscan: ExporterVsSslscan;
}

const rdpFixTools: readonly ToolName[] = ["rdp-fix", "rdp-fix endpoint", "rdp-fix exporter"];
const peers: readonly ToolName[] = ["nmap", "sslscan"];
export const budgetTolerance = 0.2;

export function summarizeBench(results: readonly TargetResult[]): BenchSummary {
  const runs = results.flatMap((result) => result.runs.map((run) => ({ target: result.target.name, run })));
  const tools = [...new Set(runs.map(({ run }) => run.tool))];
  const right = tools.map((tool) => {
    const facts = runs.filter(({ run }) => run.tool === tool).flatMap(({ run }) => Object.values(run.facts));
    return { tool, right: facts.filter((fact) => fact.right).length, of: facts.length };
  });
  const rdpFixMisses = runs.flatMap(({ target, run }) =>
    rdpFixTools.includes(run.tool)
      ? factNames
          .filter((fact) => !run.facts[fact].right)
          .map((fact) => ({ target, tool: run.tool, fact, label: run.facts[fact].label }))
      : [],
  );
  const timeOf = (result: TargetResult, tool: ToolName) => result.runs.find((run) => run.tool === tool)?.ms;
  const speed = rdpFixTools.flatMap((rdpFix) =>
    peers.map((peer) => {
      const pairs = results.map((result) => [timeOf(result, rdpFix), timeOf(result, peer)] as const);
      const timed = pairs.filter(([ours, theirs]) => ours !== undefined && theirs !== undefined);
      const faster = timed.filter(([ours = 0, theirs = 0]) => ours < theirs).length;
      return { rdpFix, peer, faster, of: timed.length };
    }),
  );
  const budgets = results
    .filter((result) => result.target.source.lab === "namespace")
    .map((result) => {
      const ms = timeOf(result, "rdp-fix") ?? Number.POSITIVE_INFINITY;
      const withinLimit = ms <= result.budgetMs * (1 + budgetTolerance);
      return {
        target: result.target.name,
        ms,
        budgetMs: result.budgetMs,
        withinLimit,
        findings: result.findings,
      };
    });
  return { right, rdpFixMisses, speed, budgets, exporterVsSslscan: compareExporterWithSslscan(results) };
}

function compareExporterWithSslscan(results: readonly TargetResult[]): ExporterVsSslscan {
  const ratios: ExporterVsSslscan["ratios"] = [];
  const excluded: string[] = [];
  for (const result of results) {
    const exporter = result.runs.find((run) => run.tool === "rdp-fix exporter");
    const sslscan = result.runs.find((run) => run.tool === "sslscan");
    if (exporter?.facts.certificate.right && sslscan?.facts.certificate.right) {
      const ratio = exporter.ms / Math.max(sslscan.ms, 1);
      ratios.push({ target: result.target.name, exporterMs: exporter.ms, sslscanMs: sslscan.ms, ratio });
    } else {
      excluded.push(result.target.name);
    }
  }
  return { ratios, median: median(ratios.map(({ ratio }) => ratio)), excluded };
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return undefined;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
