import type { Flow, Question } from "../flow/flow-schema.js";
import { evidenceStrength } from "./evidence-strength.js";
import { openQuestions } from "./open-questions.js";
import { isDontKnow } from "./question-budget.js";
import { rankCauses } from "./rank-causes.js";
import type { Session } from "./session.js";

/** A question nearly anyone can answer (who is affected, since when...): its knowledge is the flow's basics. */
export function isBasic(flow: Flow, question: Question): boolean {
  return flow.reading.basics !== undefined && question.knowledge === flow.reading.basics;
}

/**
 * The open basics while nothing observed points at the top cause yet (less than `minEvidenceBits`): the engine
 * does not stop with a bare ranking while one is left and the asks allow it. Empty once the evidence is
 * enough or every basic is settled.
 */
export function basicsWhileThin(flow: Flow, session: Session): Question[] {
  const basics = openQuestions(flow, session).filter((q) => isBasic(flow, q));
  if (basics.length === 0) return [];
  const [top] = rankCauses(flow, session);
  return evidenceStrength(flow, top).strength === "weak" ? basics : [];
}

/**
 * The person has said "don't know" (or skipped) and nothing else: an expert question now would most likely
 * get another "don't know", so the basics come first. Someone who answered anything keeps the most useful
 * question: on the tuning half of bench:accuracy, putting the basics first after any thin answer cost more
 * than it gained. Nor does it end after a few basic "don't know"s: the basics go by gain (when it fails and
 * by IP first), so ending early skips since-when or pattern for someone who knows nothing.
 */
export function knowsNothingYet(flow: Flow, session: Session): boolean {
  const unsure = session.skippedQuestions.length > 0 || session.answers.some((a) => isDontKnow(flow, a));
  return unsure && session.answers.every((a) => isDontKnow(flow, a));
}
