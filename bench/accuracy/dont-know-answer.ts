import type { Flow } from "../../src/flow/flow-schema.js";

/**
 * The answer an engineer gives when the facts say nothing: the question's "don't know" answer, the one the
 * flow marks `dontKnow: true`. Undefined when the question has none; the oracle then skips.
 */
export function dontKnowAnswer(flow: Flow, questionId: string): string | undefined {
  return flow.questions.find((q) => q.id === questionId)?.answers.find((a) => a.dontKnow === true)?.id;
}
