import type { Flow } from "../../src/flow/flow-schema.js";
import { assignHalves } from "./assign-halves.js";
import type { Report } from "./reports/report.js";
import { runAllFacts } from "./run-all-facts.js";
import { runConversation } from "./run-conversation.js";
import { runFromText } from "./run-from-text.js";
import type { Situation } from "./situation.js";
import type { TextResult } from "./text-result.js";
import type { SituationResult } from "./way-result.js";

/** Every free-text report read and conversed from, with the half it belongs to (split as the situations). */
export function runTextAccuracy(flow: Flow, reports: readonly Report[]): TextResult[] {
  const halves = assignHalves(reports);
  return reports.map((r) => ({
    ...runFromText(flow, r),
    half: halves.get(r.name) ?? "reported",
    fresh: r.fresh === true,
  }));
}

/** Runs every situation both ways through the real engine; pure, so the same flow gives the same numbers. */
export function runAccuracy(flow: Flow, situations: readonly Situation[]): SituationResult[] {
  // What the flow was tuned on stays the tuning half, whatever is added (see assignHalves).
  const halves = assignHalves(situations);
  return situations.map((s) => ({
    name: s.name,
    cause: s.cause,
    half: halves.get(s.name) ?? "reported",
    sparse: s.sparse === true,
    fresh: s.fresh === true,
    allFacts: runAllFacts(flow, s),
    conversation: runConversation(flow, s),
  }));
}
