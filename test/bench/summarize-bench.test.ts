import { describe, expect, it } from "vitest";
import type { ToolAnswers } from "../../bench/probe/bench-facts.js";
import { gradeAnswers } from "../../bench/probe/grade-answers.js";
import { labTargets } from "../../bench/probe/lab-targets.js";
import { renderBenchTable } from "../../bench/probe/render-bench-table.js";
import type { TargetResult } from "../../bench/probe/run-bench-target.js";
import { summarizeBench } from "../../bench/probe/summarize-bench.js";
import type { ToolName } from "../../bench/probe/tool-run.js";

const expired = {
  kind: "dates",
  notBefore: "2020-01-01T00:00:00.000Z",
  notAfter: "2021-01-01T00:00:00.000Z",
} as const;
const issued = { from: new Date("2026-12-07T22:00:00Z"), to: new Date("2026-12-07T22:00:05Z") };

/** What a tool that read tls_expired right (or, with `certificate`, wrong) would answer. */
function answers(certificate: ToolAnswers["certificate"]): ToolAnswers {
  return {
    protocols: { kind: "claims", value: ["TLS"], detail: "" },
    versions: { kind: "claims", value: ["1.2", "1.3"], detail: "" },
    certificate,
  };
}
const right = answers({ kind: "claims", value: expired, detail: "" });
const undetermined = answers({ kind: "undetermined", detail: "stalled" });

/** One tls_expired result, named `name`, with the tools' times and answers. */
function result(name: string, times: Partial<Record<ToolName, [number, ToolAnswers]>>): TargetResult {
  const target = labTargets.find((t) => t.name === "tls_expired");
  if (!target) throw new Error("the bench has no tls_expired target");
  return {
    target: { ...target, name },
    endpoint: { host: "127.0.1.2", port: 3389 },
    issued,
    client: "loopback",
    runs: Object.entries(times).map(([tool, [ms, given]]) => ({
      tool: tool as ToolName,
      ms,
      ended: "done",
      answers: given,
      raw: null,
      facts: gradeAnswers(target, given, issued),
    })),
    budgetMs: 8000,
    findings: [],
  };
}

describe("summarizeBench: the exporter's time per scrape against sslscan --rdp", () => {
  it("GIVEN three targets where both read the dates and one where sslscan could not tell THEN the median of the three per-target ratios, the fourth left out", () => {
    const results = [
      result("a", { sslscan: [1000, right], "rdp-fix exporter": [100, right] }),
      result("b", { sslscan: [1000, right], "rdp-fix exporter": [500, right] }),
      result("c", { sslscan: [400, right], "rdp-fix exporter": [800, right] }),
      result("d", { sslscan: [60000, undetermined], "rdp-fix exporter": [3000, right] }),
    ];
    const { exporterVsSslscan } = summarizeBench(results);
    expect(exporterVsSslscan.ratios.map(({ target, ratio }) => [target, ratio])).toEqual([
      ["a", 0.1],
      ["b", 0.5],
      ["c", 2],
    ]);
    expect(exporterVsSslscan.median).toBe(0.5);
    expect(exporterVsSslscan.excluded).toEqual(["d"]);
  });

  it("GIVEN an even count THEN the median is the mean of the middle two, and the table prints the line and each row's ratio", () => {
    const results = [
      result("a", { sslscan: [1000, right], "rdp-fix exporter": [200, right] }),
      result("b", { sslscan: [1000, right], "rdp-fix exporter": [400, right] }),
    ];
    const summary = summarizeBench(results);
    expect(summary.exporterVsSslscan.median).toBeCloseTo(0.3);
    const table = renderBenchTable(results, summary);
    expect(table).toMatch(/rdp-fix exporter \| 200 ms +\| 0\.20x of sslscan/);
    expect(table).toMatch(
      /on the 2 targets where both got the certificate right \(its dates, or that there is none\): median 0\.30x/,
    );
  });

  it("GIVEN the exporter wrong on a fact THEN it counts as an rdp-fix miss (the bench exits 1)", () => {
    const wrong = answers({ kind: "claims", value: { kind: "none" }, detail: "" });
    const summary = summarizeBench([
      result("a", { sslscan: [1000, right], "rdp-fix exporter": [200, wrong] }),
    ]);
    expect(summary.rdpFixMisses).toEqual([
      { target: "a", tool: "rdp-fix exporter", fact: "certificate", label: "WRONG: no certificate" },
    ]);
    expect(summary.exporterVsSslscan.median).toBeUndefined();
  });
});
