import type { Flow } from "../../src/flow/flow-schema.js";
import { runAllFacts } from "./run-all-facts.js";
import { runConversation } from "./run-conversation.js";
import type { Situation } from "./situation.js";
import { splitHalves } from "./split-halves.js";
import type { SituationResult } from "./way-result.js";

/** Runs every situation both ways through the real engine; pure, so the same flow gives the same numbers. */
export function runAccuracy(flow: Flow, situations: readonly Situation[]): SituationResult[] {
  const halves = splitHalves(situations);
  return situations.map((s) => ({
    name: s.name,
    cause: s.cause,
    half: halves.get(s.name) ?? "reported",
    allFacts: runAllFacts(flow, s),
    conversation: runConversation(flow, s),
  }));
}
