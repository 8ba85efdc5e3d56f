import type { LabEndpoint } from "../../test/support/lab/start-xrdp-lab.js";
import { type GradedFacts, gradeAnswers, type IssueWindow } from "./grade-answers.js";
import type { LabTarget } from "./lab-targets.js";
import { runNmap } from "./nmap-peer.js";
import { readExporterAnswers } from "./read-exporter-answers.js";
import { readRdpFixAnswers } from "./read-rdp-fix-answers.js";
import { runSslscan } from "./sslscan-peer.js";
import type { PlacedTarget } from "./start-bench-labs.js";
import type { ToolRun } from "./tool-run.js";

export interface GradedRun extends ToolRun {
  facts: GradedFacts;
}

export interface TargetResult {
  target: LabTarget;
  endpoint: LabEndpoint;
  /** When the lab made the certificates it generates, for the dates those must carry. */
  issued: IssueWindow;
  /** Where the tools ran from: "loopback" or the client namespace. */
  client: string;
  runs: GradedRun[];
  /** rdp-fix's whole-probe budget, to judge a run that had to wait out a dead path. */
  budgetMs: number;
  findings: string[];
}

/**
 * Runs rdp-fix, then each peer, then one scrape of rdp-fix's exporter, one after the other (so none slows
 * another down), and grades every answer. The exporter comes right after sslscan, the peer it is compared with.
 */
export async function runBenchTarget(target: LabTarget, placed: PlacedTarget): Promise<TargetResult> {
  await placed.prepare();
  const rdpFix = await placed.runRdpFix();
  const runs: ToolRun[] = [
    {
      tool: "rdp-fix",
      ms: rdpFix.probe.ms,
      ended: "done",
      answers: readRdpFixAnswers(rdpFix.probe.steps),
      raw: rdpFix.probe.steps,
    },
    {
      tool: "rdp-fix endpoint",
      ms: rdpFix.endpoint.ms,
      ended: "done",
      answers: readRdpFixAnswers(rdpFix.endpoint.steps),
      raw: rdpFix.endpoint.steps,
    },
    await runNmap(placed.endpoint, placed.netns),
    await runSslscan(placed.endpoint, placed.netns),
  ];
  const scrape = await placed.scrapeExporter();
  runs.push({
    tool: "rdp-fix exporter",
    ms: scrape.ms,
    ended: scrape.status === 200 ? "done" : `HTTP ${scrape.status}`,
    answers: readExporterAnswers(scrape),
    raw: scrape.body,
  });
  return {
    target,
    endpoint: placed.endpoint,
    issued: placed.issued,
    client: placed.netns ?? "loopback",
    runs: runs.map((run) => ({ ...run, facts: gradeAnswers(target, run.answers, placed.issued) })),
    budgetMs: rdpFix.probe.budgetMs,
    findings: rdpFix.probe.findings,
  };
}
