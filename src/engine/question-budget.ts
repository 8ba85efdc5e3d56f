import type { Flow } from "../flow/flow-schema.js";
import type { Session } from "./session.js";

export interface QuestionBudget {
  /** Questions answered with something that carries evidence: what `maxQuestions` limits. */
  answered: number;
  /** Every question put to the person, "don't know" and skips included: what `maxAsks` limits. */
  asked: number;
  maxQuestions: number;
  maxAsks: number;
}

/** Whether an answer given is the flow's "don't know" for its question. */
export function isDontKnow(flow: Flow, answer: { questionId: string; answerId: string }): boolean {
  const question = flow.questions.find((q) => q.id === answer.questionId);
  return question?.answers.find((a) => a.id === answer.answerId)?.dontKnow === true;
}

/**
 * A "don't know" costs the person a moment but teaches nothing, so only real answers use up the budget;
 * a separate, larger cap on asks keeps a conversation of "don't know"s from going on for ever. Against that
 * cap a "don't know" counts in full: it costs the person's patience as much as an answer, and counting it as
 * half an ask put eight or nine questions to the sparse situations of bench:accuracy's tuning half.
 */
export function questionBudget(flow: Flow, session: Session): QuestionBudget {
  const { maxQuestions } = flow.stopping;
  const real = session.answers.filter((a) => !isDontKnow(flow, a)).length;
  return {
    answered: real,
    asked: session.answers.length + session.skippedQuestions.length,
    maxQuestions,
    maxAsks: flow.stopping.maxAsks ?? maxQuestions + 2,
  };
}
