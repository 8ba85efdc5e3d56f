import type { Flow } from "../flow/flow-schema.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import type { ReadFact } from "./read-description.js";
import type { ReadingReply } from "./reply.js";
import type { Session } from "./session.js";

/** The facts read from a message with the flow's own wording of each question and answer. */
export function readingReply(flow: Flow, session: Session, facts: readonly ReadFact[]): ReadingReply {
  return {
    kind: "reading",
    facts: facts.map((fact) => {
      const question = flow.questions.find((q) => q.id === fact.questionId);
      const answer = question?.answers.find((a) => a.id === fact.answerId);
      return {
        ...fact,
        question: fillPlaceholders(question?.text ?? fact.questionId, session),
        answer: fillPlaceholders(answer?.label ?? fact.answerId, session),
      };
    }),
  };
}
