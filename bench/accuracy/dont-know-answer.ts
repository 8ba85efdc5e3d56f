import type { Flow } from "../../src/flow/flow-schema.js";

// How the flow names an answer that states no fact ("Don't know", "Not sure", "Not tried", "Can't run it").
const dontKnowIds = new Set(["unknown", "dont-know", "not-sure", "not-tried", "not-run"]);
const dontKnowLabel = /\b(don't know|do not know|not sure|not tried|can't run|cannot run)\b/i;

/**
 * The answer an engineer gives when the facts say nothing: the question's "don't know" answer, recognised by
 * its id or label and by carrying no evidence. Undefined when the question has none; the oracle then skips.
 */
export function dontKnowAnswer(flow: Flow, questionId: string): string | undefined {
  const question = flow.questions.find((q) => q.id === questionId);
  const empty = question?.answers.filter((a) => Object.keys(a.evidence).length === 0) ?? [];
  return empty.find((a) => dontKnowIds.has(a.id))?.id ?? empty.find((a) => dontKnowLabel.test(a.label))?.id;
}
