import type { InboundEvent, Session } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";

const user = "U-bench";

/**
 * An event the engine accepts and that changes `session`, so every timed op ends in a real compare-and-set
 * write: answer or skip an open question while asking, show more causes once diagnosed, else a handoff.
 */
export function benchEvent(flow: Flow, session: Session, coin: number): InboundEvent {
  if (session.status === "asking") {
    const settled = new Set([...session.answers.map((a) => a.questionId), ...session.skippedQuestions]);
    const open = flow.questions.find((q) => !settled.has(q.id));
    const answer = open?.answers[0];
    if (open !== undefined && answer !== undefined) {
      return coin < 0.5
        ? { kind: "answer", questionId: open.id, answerId: answer.id, user }
        : { kind: "skip-question", questionId: open.id, user };
    }
  }
  if (session.status === "diagnosed" && session.shownCauses < flow.causes.length)
    return { kind: "show-more", user };
  return { kind: "handoff", user };
}
