import { describe, expect, it } from "vitest";
import { reports } from "../../bench/accuracy/reports/index.js";
import { runTextAccuracy } from "../../bench/accuracy/run-accuracy.js";
import { situations } from "../../bench/accuracy/situations/index.js";
import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";

// Checks issue 20's bench data and the from-text runner's shape, never its accuracy (the bench reports that).
const flow = await loadDefaultFlow(defaultFlowDir());
const answerExists = (questionId: string, answerId: string) =>
  flow.questions.find((q) => q.id === questionId)?.answers.some((a) => a.id === answerId && !a.dontKnow);

describe("accuracy bench: sparse situations and free-text reports", () => {
  it("GIVEN the sparse situations THEN there are at least 20, each with two or three facts and no error code", () => {
    const sparse = situations.filter((s) => s.sparse);
    expect(sparse.length).toBeGreaterThanOrEqual(20);
    for (const s of sparse) {
      expect(Object.keys(s.facts).length, s.name).toBeGreaterThanOrEqual(2);
      expect(Object.keys(s.facts).length, s.name).toBeLessThanOrEqual(3);
      expect(s.facts["error-shown"], s.name).toBeUndefined();
      expect(s.findings, s.name).toBeUndefined();
    }
  });

  it("GIVEN the reports THEN there are at least 60 with unique names, real causes, real answers, and some with no facts", () => {
    expect(reports.length).toBeGreaterThanOrEqual(60);
    expect(new Set(reports.map((r) => r.name)).size).toBe(reports.length);
    expect(new Set(reports.map((r) => r.text)).size).toBe(reports.length);
    const problems = reports.flatMap((r) => [
      ...(flow.causes.some((c) => c.id === r.cause) ? [] : [`${r.name}: cause ${r.cause}`]),
      ...Object.entries({ ...r.states, ...r.knows })
        .filter(([q, a]) => !answerExists(q, a))
        .map(([q, a]) => `${r.name}: ${q}=${a}`),
    ]);
    expect(problems).toEqual([]);
    expect(reports.filter((r) => Object.keys(r.states).length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it("GIVEN two reports through the runner THEN the reading is counted against what they state and the conversation ranks every cause", () => {
    const sample = [
      reports.find((r) => Object.keys(r.states).length > 2),
      reports.find((r) => Object.keys(r.states).length === 0),
    ];
    const results = runTextAccuracy(
      flow,
      sample.flatMap((r) => (r ? [r] : [])),
    );
    expect(results).toHaveLength(2);
    for (const r of results) {
      const report = reports.find((x) => x.name === r.name);
      expect(r.reading.stated).toBe(Object.keys(report?.states ?? {}).length);
      expect(r.reading.correct + r.reading.missed.length).toBe(r.reading.stated);
      expect([...r.conversation.ranking].sort()).toEqual(flow.causes.map((c) => c.id).sort());
      expect(r.conversation.reAsked).toBeLessThanOrEqual(r.conversation.questionsAsked);
    }
  });
});
