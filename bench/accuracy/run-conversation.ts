import type { InboundEvent, Reply } from "../../src/engine/index.js";
import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { dontKnowAnswer } from "./dont-know-answer.js";
import { readDiagnosis } from "./read-diagnosis.js";
import type { Situation } from "./situation.js";
import { benchContext, benchUser, noticesOf, type Stepped, startSituation } from "./start-situation.js";
import type { WayResult } from "./way-result.js";

/** Far above any budget the flow sets; reaching it means the engine would ask forever. */
export const benchQuestionCap = 40;

/**
 * The engine picks the questions; an oracle answers each one only from the situation's facts, says "don't
 * know" when the facts are silent, and skips when the question has no such answer.
 */
export function runConversation(flow: Flow, situation: Situation): WayResult {
  const ctx = benchContext();
  return converse(flow, startSituation(flow, situation, [], ctx), situation, ctx).result;
}

/** The conversation from where `started` left it; also says which questions were asked, in order. */
export function converse(
  flow: Flow,
  started: Stepped,
  situation: Pick<Situation, "name" | "cause" | "facts">,
  ctx: ReturnType<typeof benchContext>,
): { result: WayResult; asked: string[] } {
  let { session, replies } = started;
  const notices = noticesOf(replies);
  const asked: string[] = [];
  let questionsAnswered = 0;
  for (;;) {
    const reply = lastPrompt(replies);
    if (reply?.kind === "diagnosis") {
      const result = { ...readDiagnosis(reply, situation.cause), questionsAsked: asked.length };
      return { result: { ...result, questionsAnswered, reason: reply.reason, notices }, asked };
    }
    if (reply?.kind !== "question" || asked.length >= benchQuestionCap) break;
    asked.push(reply.questionId);
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
  const final = step(flow, session, { kind: "results-now", user: benchUser }, ctx);
  const diagnosis = lastPrompt(final.replies);
  if (diagnosis?.kind !== "diagnosis") {
    throw new Error(`"results-now" gave no diagnosis for situation "${situation.name}"`);
  }
  const result = { ...readDiagnosis(diagnosis, situation.cause), questionsAsked: asked.length };
  return { result: { ...result, questionsAnswered, reason: "bench-cap", notices }, asked };
}

function lastPrompt(replies: Reply[]): Reply | undefined {
  return replies.findLast((r) => r.kind === "question" || r.kind === "diagnosis");
}
