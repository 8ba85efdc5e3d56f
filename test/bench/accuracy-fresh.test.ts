import { describe, expect, it } from "vitest";
import { reports } from "../../bench/accuracy/reports/index.js";
import { runAccuracy, runTextAccuracy } from "../../bench/accuracy/run-accuracy.js";
import { situations } from "../../bench/accuracy/situations/index.js";
import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";

// The fresh held-out set's shape, never its accuracy: enough cases over every cause, and always reported.
// (Causes, answers and findings are checked for every case in accuracy-situations and accuracy-reports.)
const flow = await loadDefaultFlow(defaultFlowDir());
const freshSituations = situations.filter((s) => s.fresh);
const freshReports = reports.filter((r) => r.fresh);

describe("accuracy bench: the fresh held-out set", () => {
  it("GIVEN the fresh situations THEN at least 24, at least 10 sparse, and every cause of the flow among them", () => {
    expect(freshSituations.length).toBeGreaterThanOrEqual(24);
    expect(freshSituations.filter((s) => s.sparse).length).toBeGreaterThanOrEqual(10);
    expect(new Set(freshSituations.map((s) => s.cause))).toEqual(new Set(flow.causes.map((c) => c.id)));
  });

  it("GIVEN the fresh reports THEN at least 20, some stating nothing and some stating three facts or more", () => {
    expect(freshReports.length).toBeGreaterThanOrEqual(20);
    expect(freshReports.filter((r) => Object.keys(r.states).length === 0).length).toBeGreaterThanOrEqual(2);
    expect(freshReports.filter((r) => Object.keys(r.states).length >= 3).length).toBeGreaterThanOrEqual(10);
  });

  it("GIVEN a fresh situation and a fresh report through the runners THEN both are marked fresh and reported", () => {
    const situation = runAccuracy(flow, freshSituations.slice(0, 1))[0];
    const text = runTextAccuracy(flow, freshReports.slice(0, 1))[0];
    expect(situation).toMatchObject({ fresh: true, half: "reported" });
    expect(text).toMatchObject({ fresh: true, half: "reported" });
  });
});
