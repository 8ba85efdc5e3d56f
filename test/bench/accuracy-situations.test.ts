import { describe, expect, it } from "vitest";
import { assignHalves } from "../../bench/accuracy/assign-halves.js";
import { runAccuracy } from "../../bench/accuracy/run-accuracy.js";
import { situations } from "../../bench/accuracy/situations/index.js";
import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";

// Checks the benchmark's data and the runner's shape, never its accuracy: the targets are for whoever tunes
// the flow, and the bench reports them as met / NOT met.
const flow = await loadDefaultFlow(defaultFlowDir());

describe("accuracy bench situations", () => {
  it("GIVEN the situations THEN there are at least 40 with unique names", () => {
    expect(situations.length).toBeGreaterThanOrEqual(40);
    expect(new Set(situations.map((s) => s.name)).size).toBe(situations.length);
  });

  it("GIVEN each situation THEN its cause, questions, answers and findings exist in the shipped flow", () => {
    const problems: string[] = [];
    for (const s of situations) {
      if (!flow.causes.some((c) => c.id === s.cause)) problems.push(`${s.name}: cause ${s.cause}`);
      for (const [questionId, answerId] of Object.entries(s.facts)) {
        const question = flow.questions.find((q) => q.id === questionId);
        if (!question?.answers.some((a) => a.id === answerId)) {
          problems.push(`${s.name}: answer ${questionId}=${answerId}`);
        }
      }
      for (const id of s.findings ?? []) {
        if (!flow.findings.some((f) => f.id === id)) problems.push(`${s.name}: finding ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("GIVEN the flow's causes THEN every one is the true cause of at least two situations", () => {
    const thin = flow.causes
      .map((c) => ({ id: c.id, count: situations.filter((s) => s.cause === c.id).length }))
      .filter((c) => c.count < 2);
    expect(thin).toEqual([]);
  });

  it("GIVEN the split THEN it is deterministic and every cause is in both halves", () => {
    const halves = assignHalves(situations);
    expect(assignHalves([...situations].reverse())).toEqual(halves);
    for (const cause of new Set(situations.map((s) => s.cause))) {
      const of = situations.filter((s) => s.cause === cause).map((s) => halves.get(s.name));
      expect(new Set(of), cause).toEqual(new Set(["tuning", "reported"]));
    }
  });
});

describe("accuracy bench runner", () => {
  const sample = [
    situations.find((s) => s.findings === undefined),
    situations.find((s) => s.findings !== undefined),
  ].flatMap((s) => (s === undefined ? [] : [s]));

  it("GIVEN one situation without and one with probe findings THEN both ways yield a full ranking", () => {
    expect(sample).toHaveLength(2);
    const results = runAccuracy(flow, sample);
    expect(results.map((r) => r.name)).toEqual(sample.map((s) => s.name));
    for (const r of results) {
      for (const way of [r.allFacts, r.conversation]) {
        expect([...way.ranking].sort()).toEqual(flow.causes.map((c) => c.id).sort());
        expect(way.rankOfTrue).toBe(way.ranking.indexOf(r.cause) + 1);
        expect(way.notices).toEqual([]);
      }
      const facts = Object.keys(sample.find((s) => s.name === r.name)?.facts ?? {}).length;
      expect(r.allFacts.questionsAsked).toBe(0);
      expect(r.allFacts.questionsAnswered).toBe(facts);
      expect(r.conversation.questionsAnswered).toBeLessThanOrEqual(r.conversation.questionsAsked);
    }
  });

  it("GIVEN the same situations twice THEN the results are identical", () => {
    expect(runAccuracy(flow, sample)).toEqual(runAccuracy(flow, sample));
  });
});
