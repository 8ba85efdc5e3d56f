import type { Flow } from "../flow/flow-schema.js";
import { describeFindings } from "./build-diagnosis.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import { nextFix } from "./next-fix.js";
import { rankCauses } from "./rank-causes.js";
import type { HandoffReply } from "./reply.js";
import type { Session } from "./session.js";

/** Everything the next person needs to carry on: what was asked, seen, ranked and tried, and what is next. */
export function buildHandoff(
  flow: Flow,
  session: Session,
  from: string,
  to: string | undefined,
): HandoffReply {
  const ranking = rankCauses(flow, session);
  const questionById = new Map(flow.questions.map((q) => [q.id, q]));
  const fill = (text: string) => fillPlaceholders(text, session);
  const fixTitle = (causeId: string, fixId: string) =>
    fill(flow.causes.find((c) => c.id === causeId)?.fixes.find((f) => f.id === fixId)?.title ?? fixId);
  const nextCause = ranking.find((c) => !c.demoted && nextFix(c)) ?? ranking.find((c) => nextFix(c));
  const next = nextCause && nextFix(nextCause);

  return {
    kind: "handoff",
    host: session.host,
    port: session.port,
    symptom: session.symptom,
    status: session.status,
    from,
    ...(to === undefined ? {} : { to }),
    answers: session.answers.map((given) => {
      const question = questionById.get(given.questionId);
      return {
        ...given,
        questionText: fill(question?.text ?? given.questionId),
        answerLabel: fill(question?.answers.find((a) => a.id === given.answerId)?.label ?? given.answerId),
      };
    }),
    findings: describeFindings(flow, session),
    ...(session.probeSummary === undefined ? {} : { probeSummary: session.probeSummary }),
    ...(session.serverReport === undefined ? {} : { serverReport: session.serverReport }),
    ranking,
    triedFixes: session.feedback.map((f) => ({ ...f, fixTitle: fixTitle(f.causeId, f.fixId) })),
    ruledOut: (session.ruledOut ?? []).map((r) => ({
      ...r,
      causeTitle: fill(flow.causes.find((c) => c.id === r.causeId)?.title ?? r.causeId),
    })),
    ...(nextCause && next ? { next: { causeId: nextCause.id, fix: next.fix } } : {}),
  };
}
