import type { Flow } from "../flow/flow-schema.js";
import { buildDiagnosis } from "./build-diagnosis.js";
import { chooseQuestion } from "./choose-question.js";
import { leadRestsOnPrior } from "./lead-rests-on-prior.js";
import { questionBudget } from "./question-budget.js";
import { questionReply } from "./question-reply.js";
import { rankCauses } from "./rank-causes.js";
import type { DiagnosisReply, QuestionReply } from "./reply.js";
import type { Session } from "./session.js";
import { basicsWhileThin, knowsNothingYet } from "./thin-evidence.js";

/**
 * After anything new is known: stop with a diagnosis when the top cause is clearly ahead on what was observed
 * (not on its prior alone), the question budget is spent or no question would help; otherwise ask the most
 * informative open question.
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
    top.confidence >= leadRatio * (second?.confidence ?? 0) &&
    !leadRestsOnPrior(flow, top, second);
  if (clearlyAhead) return diagnosed(flow, session, "confident");

  const budget = questionBudget(flow, session);
  // While nothing points at a cause yet, the engine does not stop with a bare ranking while a question anyone
  // can answer is left: only the ask budget (what a person's patience allows) ends it. Someone who knows
  // nothing so far gets those questions first.
  const basics = basicsWhileThin(flow, session);
  if (budget.asked >= budget.maxAsks) return diagnosed(flow, session, "question-limit");
  if (budget.answered >= budget.maxQuestions && basics.length === 0)
    return diagnosed(flow, session, "question-limit");

  const first = basics.length > 0 && knowsNothingYet(flow, session) ? basics : undefined;
  const useful =
    budget.answered >= budget.maxQuestions
      ? undefined
      : chooseQuestion(flow, session, first === undefined ? {} : { among: first });
  const choice =
    useful ??
    (basics.length > 0 ? chooseQuestion(flow, session, { among: basics, minimumGain: 0 }) : undefined);
  if (!choice) return diagnosed(flow, session, "no-useful-question");

  return { status: "asking", reply: questionReply(session, choice.question, budget) };
}

function diagnosed(flow: Flow, session: Session, reason: DiagnosisReply["reason"]) {
  return { status: "diagnosed" as const, reply: buildDiagnosis(flow, session, reason) };
}
