import type { RestartHint, Session } from "../engine/index.js";
import type { Flow } from "../flow/flow-schema.js";

export type FlowVersionVerdict =
  | { kind: "current" }
  /** Started on an older version whose every answer and fix still exists: it goes on under the new one. */
  | { kind: "continue"; session: Session; notice: string }
  /** The flow changed under it in a way it cannot survive (or it belongs to another flow): it is closed. */
  | { kind: "close"; notice: string; restart: RestartHint };

/**
 * A session keeps the flow version it started on. After a deploy that changed the flow, a conversation
 * whose answers and feedback all still mean something carries on; one that refers to questions, answers or
 * fixes that are gone is closed with a message rather than ranked on evidence that no longer exists.
 */
export function reconcileFlowVersion(flow: Flow, session: Session): FlowVersionVerdict {
  if (session.flowId === flow.id && session.flowVersion === flow.version) return { kind: "current" };
  const restart: RestartHint = { kind: "start-new", host: session.host };
  if (session.flowId !== flow.id)
    return {
      kind: "close",
      notice: `This diagnosis belongs to the flow "${session.flowId}", which this bot no longer runs.`,
      restart,
    };
  const gone = missingReferences(flow, session);
  const was = `version ${session.flowVersion} of the diagnosis flow`;
  if (gone.length > 0)
    return {
      kind: "close",
      notice: `This diagnosis was started with ${was}; version ${flow.version} no longer has ${gone.join(", ")}, so it cannot go on.`,
      restart,
    };
  return {
    kind: "continue",
    session: { ...session, flowVersion: flow.version },
    notice: `This diagnosis was started with ${was}; it goes on with version ${flow.version}.`,
  };
}

function missingReferences(flow: Flow, session: Session): string[] {
  const questions = new Map(flow.questions.map((q) => [q.id, new Set(q.answers.map((a) => a.id))]));
  const fixes = new Map(flow.causes.map((c) => [c.id, new Set(c.fixes.map((f) => f.id))]));
  return [
    ...session.answers
      .filter((a) => !questions.get(a.questionId)?.has(a.answerId))
      .map((a) => `the answer ${a.questionId}=${a.answerId}`),
    ...session.feedback
      .filter((f) => !fixes.get(f.causeId)?.has(f.fixId))
      .map((f) => `the fix ${f.causeId}/${f.fixId}`),
  ];
}
