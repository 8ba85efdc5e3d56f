import type { Question } from "../flow/flow-schema.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import type { QuestionBudget } from "./question-budget.js";
import type { QuestionReply } from "./reply.js";
import type { Session } from "./session.js";

/** One question as the reply that asks it; `readAs` when it is asked again after a corrected reading. */
export function questionReply(
  session: Session,
  question: Question,
  budget: QuestionBudget,
  readAs?: QuestionReply["readAs"],
): QuestionReply {
  return {
    kind: "question",
    questionId: question.id,
    text: fillPlaceholders(question.text, session),
    ...(question.help === undefined ? {} : { help: fillPlaceholders(question.help, session) }),
    answers: question.answers.map(({ id, label }) => ({ id, label: fillPlaceholders(label, session) })),
    ...(readAs === undefined ? {} : { readAs }),
    // Numbered by the budget it counts against: a "don't know" does not use up a question. A basic asked
    // beyond the budget while the evidence is thin never reads "7 of at most 6".
    number: Math.min(budget.answered + 1, budget.maxQuestions),
    maxQuestions: budget.maxQuestions,
  };
}
