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

export interface BenchSummary {
  right: Array<{ tool: ToolName; right: number; of: number }>;
  rdpFixMisses: RdpFixMiss[];
  speed: SpeedCount[];
  budgets: BudgetCheck[];
}

const rdpFixTools: readonly ToolName[] = ["rdp-fix", "rdp-fix endpoint"];
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
  return { right, rdpFixMisses, speed, budgets };
}
