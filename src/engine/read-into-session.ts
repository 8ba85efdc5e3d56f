import type { Flow } from "../flow/flow-schema.js";
import { type ReadFact, readDescription } from "./read-description.js";
import type { Session } from "./session.js";

/**
 * Reads a message into the session: each fact about a question nobody has answered or skipped yet becomes
 * an answer by the person who wrote it, remembered in `reading` so it can be shown and corrected. What was
 * already answered stays as it is: a click or an `--answer` is more deliberate than a phrase in passing.
 */
export function readIntoSession(
  flow: Flow,
  session: Session,
  text: string,
  by: string,
  at: string,
): { session: Session; facts: ReadFact[] } {
  const settled = new Set([...session.answers.map((a) => a.questionId), ...session.skippedQuestions]);
  const facts = readDescription(flow, text).filter((f) => !settled.has(f.questionId));
  if (facts.length === 0) return { session, facts };
  const answers = facts.map(({ questionId, answerId }) => ({ questionId, answerId, by, at }));
  return {
    session: {
      ...session,
      answers: [...session.answers, ...answers],
      reading: [...(session.reading ?? []), ...facts],
    },
    facts,
  };
}
