import type { Flow } from "../../src/flow/flow-schema.js";
import type { Report } from "./reports/report.js";
import { runAllFacts } from "./run-all-facts.js";
import { runConversation } from "./run-conversation.js";
import { runFromText } from "./run-from-text.js";
import type { Situation } from "./situation.js";
import { splitHalves } from "./split-halves.js";
import type { TextResult } from "./text-result.js";
import type { SituationResult } from "./way-result.js";

/** Every free-text report read and conversed from, with the half it belongs to (split as the situations). */
export function runTextAccuracy(flow: Flow, reports: readonly Report[]): TextResult[] {
  const halves = splitHalves(reports);
  return reports.map((r) => ({ ...runFromText(flow, r), half: halves.get(r.name) ?? "reported" }));
}

/** Runs every situation both ways through the real engine; pure, so the same flow gives the same numbers. */
export function runAccuracy(flow: Flow, situations: readonly Situation[]): SituationResult[] {
  // Each set is split on its own, so adding the sparse situations moves none of the earlier ones to the
  // other half: what the flow was tuned on stays the tuning half.
  const halves = new Map([
    ...splitHalves(situations.filter((s) => s.sparse !== true)),
    ...splitHalves(situations.filter((s) => s.sparse === true)),
  ]);
  return situations.map((s) => ({
    name: s.name,
    cause: s.cause,
    half: halves.get(s.name) ?? "reported",
    sparse: s.sparse === true,
    allFacts: runAllFacts(flow, s),
    conversation: runConversation(flow, s),
  }));
}
