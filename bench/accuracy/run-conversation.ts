import type { InboundEvent, Reply } from "../../src/engine/index.js";
import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { dontKnowAnswer } from "./dont-know-answer.js";
import { readDiagnosis } from "./read-diagnosis.js";
import type { Situation } from "./situation.js";
import { benchContext, benchUser, noticesOf, startSituation } from "./start-situation.js";
import type { WayResult } from "./way-result.js";

/** Far above any budget the flow sets; reaching it means the engine would ask forever. */
export const benchQuestionCap = 40;

/**
 * The engine picks the questions; an oracle answers each one only from the situation's facts, says "don't
 * know" when the facts are silent, and skips when the question has no such answer.
 */
export function runConversation(flow: Flow, situation: Situation): WayResult {
  const ctx = benchContext();
  let { session, replies } = startSituation(flow, situation, [], ctx);
  const notices = noticesOf(replies);
  let questionsAsked = 0;
  let questionsAnswered = 0;
  for (;;) {
    const reply = lastPrompt(replies);
    if (reply?.kind === "diagnosis") {
      return {
        ...readDiagnosis(reply, situation.cause),
        questionsAsked,
        questionsAnswered,
        reason: reply.reason,
        notices,
      };
    }
    if (reply?.kind !== "question" || questionsAsked >= benchQuestionCap) break;
    questionsAsked += 1;
    const known = situation.facts[reply.questionId];
    if (known !== undefined) questionsAnswered += 1;
    const answerId = known ?? dontKnowAnswer(flow, reply.questionId);
    const event: InboundEvent =
      answerId === undefined
        ? { kind: "skip-question", questionId: reply.questionId, user: benchUser }
        : { kind: "answer", questionId: reply.questionId, answerId, user: benchUser };
    ({ session, replies } = step(flow, session, event, ctx));
    notices.push(...noticesOf(replies));
  }
  // The engine stopped asking without a diagnosis (or would not stop): the person asks for results.
  const result = step(flow, session, { kind: "results-now", user: benchUser }, ctx);
  const diagnosis = lastPrompt(result.replies);
  if (diagnosis?.kind !== "diagnosis") {
    throw new Error(`"results-now" gave no diagnosis for situation "${situation.name}"`);
  }
  return {
    ...readDiagnosis(diagnosis, situation.cause),
    questionsAsked,
    questionsAnswered,
    reason: "bench-cap",
    notices,
  };
}

function lastPrompt(replies: Reply[]): Reply | undefined {
  return replies.findLast((r) => r.kind === "question" || r.kind === "diagnosis");
}
