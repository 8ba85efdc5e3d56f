import type { Flow, Question } from "../flow/flow-schema.js";
import { isDontKnow } from "./question-budget.js";
import type { Session } from "./session.js";

/** What the flow assumes when a question says nothing about how often it can be answered. */
export const defaultAnswerRate = 0.85;

/**
 * How likely the person is to give this question a real answer: the flow's estimate, halved for each
 * "don't know" (or skip) they already gave on the same topic. A question nobody here can answer is worth
 * little however much its answer would tell.
 */
export function answerChance(flow: Flow, session: Session, question: Question): number {
  const base = question.answerRate ?? defaultAnswerRate;
  if (question.topic === undefined) return base;
  const topicOf = (id: string) => flow.questions.find((q) => q.id === id)?.topic;
  const unanswered =
    session.answers.filter((a) => topicOf(a.questionId) === question.topic && isDontKnow(flow, a)).length +
    session.skippedQuestions.filter((id) => topicOf(id) === question.topic).length;
  return base * 0.5 ** unanswered;
}
