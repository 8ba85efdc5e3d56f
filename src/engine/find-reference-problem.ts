import { quoteInput } from "../errors/quote-input.js";
import type { Flow } from "../flow/flow-schema.js";

/**
 * Says what is wrong with a question/answer pair from a click or the command line, listing the valid
 * choices so the user can correct it; undefined when the pair exists.
 */
export function findAnswerProblem(flow: Flow, questionId: string, answerId: string): string | undefined {
  const question = flow.questions.find((q) => q.id === questionId);
  if (!question) {
    return `Unknown question ${quoteInput(questionId)}. Questions: ${flow.questions.map((q) => q.id).join(", ")}.`;
  }
  if (!question.answers.some((a) => a.id === answerId)) {
    return `Unknown answer ${quoteInput(answerId)} for question "${questionId}". Answers: ${question.answers.map((a) => a.id).join(", ")}.`;
  }
  return undefined;
}

export function findFixProblem(flow: Flow, causeId: string, fixId: string): string | undefined {
  const cause = flow.causes.find((c) => c.id === causeId);
  if (!cause) return `Unknown cause ${quoteInput(causeId)}.`;
  if (!cause.fixes.some((f) => f.id === fixId)) {
    return `Unknown fix ${quoteInput(fixId)} for cause "${causeId}". Fixes: ${cause.fixes.map((f) => f.id).join(", ")}.`;
  }
  return undefined;
}
