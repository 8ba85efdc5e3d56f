import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { readDiagnosis } from "./read-diagnosis.js";
import type { Situation } from "./situation.js";
import { benchContext, benchUser, noticesOf, startSituation } from "./start-situation.js";
import type { WayResult } from "./way-result.js";

/** Every fact given up front (as `--answer` would), the findings injected, then "results now". */
export function runAllFacts(flow: Flow, situation: Situation): WayResult {
  const ctx = benchContext();
  const answers = Object.entries(situation.facts).map(([questionId, answerId]) => ({ questionId, answerId }));
  const started = startSituation(flow, situation, answers, ctx);
  const result = step(flow, started.session, { kind: "results-now", user: benchUser }, ctx);
  const diagnosis = result.replies.find((r) => r.kind === "diagnosis");
  if (diagnosis?.kind !== "diagnosis") {
    throw new Error(`"results-now" gave no diagnosis for situation "${situation.name}"`);
  }
  return {
    ...readDiagnosis(diagnosis, situation.cause),
    questionsAsked: 0,
    questionsAnswered: answers.length,
    notices: noticesOf([...started.replies, ...result.replies]),
  };
}
