import type { Flow } from "../flow/flow-schema.js";
import { buildDiagnosis } from "./build-diagnosis.js";
import { chooseQuestion } from "./choose-question.js";
import { questionBudget } from "./question-budget.js";
import { questionReply } from "./question-reply.js";
import { rankCauses } from "./rank-causes.js";
import type { DiagnosisReply, QuestionReply } from "./reply.js";
import type { Session } from "./session.js";

/**
 * After anything new is known: stop with a diagnosis when the top cause is clearly ahead, the question budget
 * is spent or no question would help; otherwise ask the most informative open question.
 */
export function advance(
  flow: Flow,
  session: Session,
): { status: Session["status"]; reply: QuestionReply | DiagnosisReply } {
  const { confidence, leadRatio } = flow.stopping;
  const [top, second] = rankCauses(flow, session);
  const clearlyAhead =
    top !== undefined &&
    top.confidence >= confidence &&
    top.confidence >= leadRatio * (second?.confidence ?? 0);
  if (clearlyAhead) return diagnosed(flow, session, "confident");

  const budget = questionBudget(flow, session);
  if (budget.answered >= budget.maxQuestions || budget.asked >= budget.maxAsks)
    return diagnosed(flow, session, "question-limit");

  const choice = chooseQuestion(flow, session);
  if (!choice) return diagnosed(flow, session, "no-useful-question");

  return { status: "asking", reply: questionReply(session, choice.question, budget) };
}

function diagnosed(flow: Flow, session: Session, reason: DiagnosisReply["reason"]) {
  return { status: "diagnosed" as const, reply: buildDiagnosis(flow, session, reason) };
}
