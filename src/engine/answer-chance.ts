import type { Flow, Question } from "../flow/flow-schema.js";
import { isDontKnow } from "./question-budget.js";
import type { Session } from "./session.js";

/** What the flow assumes when a question says nothing about how often it can be answered. */
export const defaultAnswerRate = 0.85;

/**
 * How likely the person is to give this question a real answer: the flow's estimate, halved for each
 * "don't know" (or skip) they already gave to a question needing the same knowledge. Someone who cannot say
 * which Windows runs on the server will hardly know how it was hardened, but may well know who else is
 * affected: the decay follows what the person knows, not what the question is about. The basics decay among
 * themselves too (on the tuning half of bench:accuracy that did better than exempting them or decaying
 * them less); they still come first for someone who knows nothing yet (see thin-evidence.ts), whatever
 * their chance.
 */
export function answerChance(flow: Flow, session: Session, question: Question): number {
  const base = question.answerRate ?? defaultAnswerRate;
  const knowledge = question.knowledge;
  if (knowledge === undefined) return base;
  const needs = (id: string) => flow.questions.find((q) => q.id === id)?.knowledge === knowledge;
  const unanswered =
    session.answers.filter((a) => needs(a.questionId) && isDontKnow(flow, a)).length +
    session.skippedQuestions.filter(needs).length;
  return base * 0.5 ** unanswered;
}
