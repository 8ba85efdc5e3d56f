import type { Condition, Flow, Question } from "../flow/flow-schema.js";
import type { Session } from "./session.js";

/**
 * The questions still worth asking: not answered, not skipped, their askIf met and their skipIf not. A
 * question a probe or an earlier answer already settled is never offered again.
 */
export function openQuestions(flow: Flow, session: Session): Question[] {
  const done = new Set([...session.answers.map((a) => a.questionId), ...session.skippedQuestions]);
  const holds = (condition: Condition) => conditionHolds(condition, session);
  return flow.questions.filter(
    (q) =>
      !done.has(q.id) &&
      (q.askIf === undefined || holds(q.askIf)) &&
      (q.skipIf === undefined || !holds(q.skipIf)),
  );
}

export function conditionHolds(condition: Condition, session: Session): boolean {
  const findings = condition.anyFinding ?? [];
  const answers = condition.anyAnswer ?? [];
  return (
    findings.some((id) => session.findings.some((f) => f.id === id)) ||
    answers.some((key) => session.answers.some((a) => `${a.questionId}=${a.answerId}` === key)) ||
    (condition.hostIsAddress === true && isAddressLiteral(session.host))
  );
}

/** An IPv4 dotted quad or an IPv6 literal (bracketed or not): the host was typed as an address. */
export function isAddressLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^\[?[0-9a-f:.]*:[0-9a-f:.]*\]?$/i.test(host);
}
