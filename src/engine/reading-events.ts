import type { Flow } from "../flow/flow-schema.js";
import { advance } from "./advance.js";
import type { InboundEvent } from "./inbound-event.js";
import { questionBudget } from "./question-budget.js";
import { questionReply } from "./question-reply.js";
import { readIntoSession } from "./read-into-session.js";
import { readingReply } from "./reading-reply.js";
import type { Reply } from "./reply.js";
import type { Session } from "./session.js";
import type { StepContext, StepResult } from "./step-result.js";

/** Statuses in which the conversation is at a question or a diagnosis, so new facts can move it on. */
const conversing = new Set<Session["status"]>(["asking", "diagnosed"]);

/**
 * More words from the person (a `describe` line): read them for the questions still open. While the probes
 * are pending the facts are only kept; otherwise the conversation goes on from them (the next question, or a
 * new diagnosis when they settle it).
 */
export function describe(
  flow: Flow,
  session: Session,
  event: Extract<InboundEvent, { kind: "describe" }>,
  ctx: StepContext,
): StepResult {
  const read = readIntoSession(flow, session, event.text, event.user, ctx.now);
  if (read.facts.length === 0) {
    const text = "Nothing in that message answers a question that is still open.";
    return { session, replies: [{ kind: "notice", text }], effects: [] };
  }
  const next = { ...read.session, version: session.version + 1, updatedAt: ctx.now };
  const shown = readingReply(flow, next, read.facts);
  if (!conversing.has(session.status)) return { session: next, replies: [shown], effects: [] };
  const { status, reply } = advance(flow, next);
  return { session: { ...next, status }, replies: [shown, reply], effects: [] };
}

/**
 * "Wrong? Change it": the reading of one question is forgotten (answer and fact), not overridden by a second
 * answer, and the question is asked now with what was read as a hint. While the probes are pending it is only
 * forgotten: the question comes up in its turn.
 */
export function correctReading(
  flow: Flow,
  session: Session,
  event: Extract<InboundEvent, { kind: "correct-reading" }>,
  ctx: StepContext,
): StepResult {
  const fact = session.reading?.find((f) => f.questionId === event.questionId);
  const question = flow.questions.find((q) => q.id === event.questionId);
  if (fact === undefined || question === undefined) {
    const text = "That was not read from the message, so there is nothing to change.";
    return { session, replies: [{ kind: "notice", text }], effects: [] };
  }
  const next: Session = {
    ...session,
    answers: session.answers.filter((a) => a.questionId !== fact.questionId),
    reading: (session.reading ?? []).filter((f) => f.questionId !== fact.questionId),
    version: session.version + 1,
    updatedAt: ctx.now,
  };
  if (!conversing.has(session.status)) {
    const text = `Noted: I will ask "${question.text}" instead of reading it from the message.`;
    return { session: next, replies: [{ kind: "notice", text }], effects: [] };
  }
  const label = question.answers.find((a) => a.id === fact.answerId)?.label ?? fact.answerId;
  const ask: Reply = questionReply(next, question, questionBudget(flow, next), {
    answerId: fact.answerId,
    label,
  });
  return { session: { ...next, status: "asking" }, replies: [ask], effects: [] };
}
