import type { Flow } from "../flow/flow-schema.js";
import { addServerReport } from "./add-server-report.js";
import { advance } from "./advance.js";
import { assertNever } from "./assert-never.js";
import { buildDiagnosis } from "./build-diagnosis.js";
import { buildHandoff } from "./build-handoff.js";
import type { Effect } from "./effect.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import { findAnswerProblem, findFixProblem } from "./find-reference-problem.js";
import { finishRecheck } from "./finish-recheck.js";
import type { InboundEvent } from "./inbound-event.js";
import { correctReading, describe } from "./reading-events.js";
import type { Reply } from "./reply.js";
import type { RestartHint } from "./restart-hint.js";
import type { Session } from "./session.js";
import { consentReply, startSession } from "./start-session.js";
import type { StepContext, StepResult } from "./step-result.js";

const finishedStatuses = new Set<Session["status"]>(["solved", "cancelled"]);

/**
 * The whole conversation logic: a pure function of the flow, the current session and one event. Deterministic,
 * so every conversation can be replayed as a transcript test.
 */
export function step(
  flow: Flow,
  session: Session | undefined,
  event: InboundEvent,
  ctx: StepContext,
): StepResult {
  if (event.kind === "start") return startSession(flow, event, ctx);
  if (session === undefined) {
    return notice(undefined, "No diagnosis is running here.", { kind: "start" });
  }
  const stillAllowed =
    event.kind === "handoff" || event.kind === "resume" || event.kind === "probes-finished";
  if (finishedStatuses.has(session.status) && !stillAllowed) {
    const how = session.status === "solved" ? "solved" : "cancelled";
    return notice(session, `This diagnosis of ${session.host} is finished (${how}).`, { kind: "start-new" });
  }
  const change = (patch: Partial<Session>): Session => ({
    ...session,
    ...patch,
    version: session.version + 1,
    updatedAt: ctx.now,
  });

  switch (event.kind) {
    case "consent": {
      if (session.status !== "awaiting-consent")
        return notice(session, "Probing was already decided for this diagnosis.");
      if (event.allow) {
        const next = change({ status: "probing" });
        return {
          session: next,
          replies: [{ kind: "text", text: `Probing ${session.host} port ${session.port}…` }],
          effects: [runProbes(session, event.user)],
        };
      }
      const probesNotRun = { because: "declined" as const, by: event.user };
      return proceed(flow, change({ status: "asking", probing: false, probesNotRun }));
    }
    case "probes-finished": {
      // A late result for a session that moved on (cancelled, or answered "results now") changes nothing.
      if (session.status !== "probing") return { session, replies: [], effects: [] };
      if (session.recheck) return finishRecheck(flow, session, session.recheck, event, ctx);
      return proceed(
        flow,
        change({
          findings: [...session.findings, ...event.findings],
          probeSummary: event.summary,
          ...(event.facts === undefined ? {} : { probeFacts: event.facts }),
        }),
      );
    }
    case "answer": {
      if (session.status === "awaiting-consent" || session.status === "probing") {
        return notice(session, "Probes come first; I will ask my questions when they are done.");
      }
      const problem = findAnswerProblem(flow, event.questionId, event.answerId);
      if (problem) return notice(session, problem);
      const earlier = session.answers.find((a) => a.questionId === event.questionId);
      if (earlier) return notice(session, `That question was already answered by ${earlier.by}.`);
      const given = { questionId: event.questionId, answerId: event.answerId, by: event.user, at: ctx.now };
      return proceed(flow, change({ answers: [...session.answers, given] }));
    }
    case "describe":
      return describe(flow, session, event, ctx);
    case "correct-reading":
      return correctReading(flow, session, event, ctx);
    case "skip-question": {
      if (session.status !== "asking") return notice(session, "There is no open question to skip.");
      if (
        session.skippedQuestions.includes(event.questionId) ||
        session.answers.some((a) => a.questionId === event.questionId)
      ) {
        return notice(session, "That question is already settled.");
      }
      return proceed(flow, change({ skippedQuestions: [...session.skippedQuestions, event.questionId] }));
    }
    case "server-report":
      return addServerReport(flow, session, event, ctx);
    case "results-now": {
      const next = change({ status: "diagnosed" });
      return { session: next, replies: [buildDiagnosis(flow, next, "asked-for-results")], effects: [] };
    }
    case "fix-feedback": {
      if (session.status !== "diagnosed") return notice(session, "Fix feedback is for a finished diagnosis.");
      const problem = findFixProblem(flow, event.causeId, event.fixId);
      if (problem) return notice(session, problem);
      if (session.feedback.some((f) => f.causeId === event.causeId && f.fixId === event.fixId)) {
        return notice(session, "That fix already has feedback.");
      }
      const { causeId, fixId, outcome } = event;
      const feedback = [...session.feedback, { causeId, fixId, outcome, by: event.user, at: ctx.now }];
      if (event.outcome === "worked") {
        const cause = flow.causes.find((c) => c.id === event.causeId);
        const fix = cause?.fixes.find((f) => f.id === event.fixId);
        return {
          session: change({ status: "solved", feedback }),
          replies: [
            {
              kind: "solved",
              causeId: event.causeId,
              causeTitle: fillPlaceholders(cause?.title ?? event.causeId, session),
              fixId: event.fixId,
              fixTitle: fillPlaceholders(fix?.title ?? event.fixId, session),
              by: event.user,
            },
          ],
          effects: [
            {
              kind: "record-outcome",
              sessionId: session.id,
              causeId: event.causeId,
              fixId: event.fixId,
              solved: true,
            },
          ],
        };
      }
      const next = change({ feedback });
      return {
        session: next,
        replies: [buildDiagnosis(flow, next, "feedback")],
        effects: [
          {
            kind: "record-outcome",
            sessionId: session.id,
            causeId: event.causeId,
            fixId: event.fixId,
            solved: false,
          },
        ],
      };
    }
    case "rule-out-cause": {
      if (session.status !== "diagnosed")
        return notice(session, "Ruling out a cause is for a finished diagnosis.");
      const cause = flow.causes.find((c) => c.id === event.causeId);
      if (!cause) return notice(session, `There is no cause "${event.causeId}" in this diagnosis.`);
      const earlier = session.ruledOut?.find((r) => r.causeId === event.causeId);
      if (earlier) return notice(session, `${earlier.by} already ruled that cause out.`);
      const ruledOut = [...(session.ruledOut ?? []), { causeId: cause.id, by: event.user, at: ctx.now }];
      const next = change({ ruledOut });
      return { session: next, replies: [buildDiagnosis(flow, next, "feedback")], effects: [] };
    }
    case "recheck": {
      if (session.status !== "diagnosed") return notice(session, "A re-check is for a finished diagnosis.");
      const problem = findFixProblem(flow, event.causeId, event.fixId);
      if (problem) return notice(session, problem);
      if (session.probeSummary === undefined)
        return notice(
          session,
          "The probes did not run for this diagnosis, so there is nothing to compare with.",
          {
            kind: "start-new",
            host: session.host,
            toProbe: true,
          },
        );
      const { causeId, fixId } = event;
      const before = session.findings;
      const beforeFacts = session.probeFacts === undefined ? {} : { beforeFacts: session.probeFacts };
      const recheck = { causeId, fixId, before, ...beforeFacts, by: event.user, at: ctx.now };
      return {
        session: change({ status: "probing", recheck }),
        replies: [{ kind: "text", text: `Re-checking ${session.host} port ${session.port} after the fix…` }],
        effects: [runProbes(session, event.user)],
      };
    }
    case "show-more": {
      if (session.status !== "diagnosed") return notice(session, "There is no diagnosis to expand yet.");
      if (session.shownCauses >= flow.causes.length)
        return notice(session, `All ${flow.causes.length} causes are already shown.`);
      const next = change({
        shownCauses: Math.min(flow.causes.length, session.shownCauses + flow.stopping.shownCauses),
      });
      return { session: next, replies: [buildDiagnosis(flow, next, "show-more")], effects: [] };
    }
    case "handoff": {
      const record = { from: event.user, ...(event.to === undefined ? {} : { to: event.to }), at: ctx.now };
      const next = change({ handoffs: [...session.handoffs, record] });
      return { session: next, replies: [buildHandoff(flow, next, event.user, event.to)], effects: [] };
    }
    case "resume":
      return { session, replies: currentPrompt(flow, session), effects: [] };
    case "cancel":
      return {
        session: change({ status: "cancelled" }),
        replies: [{ kind: "cancelled", by: event.user }],
        effects: [],
      };
    default:
      return assertNever(event);
  }
}

function proceed(flow: Flow, session: Session): StepResult {
  const { status, reply } = advance(flow, session);
  return { session: { ...session, status }, replies: [reply], effects: [] };
}

/** Probing the session's target on behalf of `user`: the first run after consent, or a re-check. */
function runProbes(session: Session, user: string): Effect {
  return {
    kind: "run-probes",
    sessionId: session.id,
    host: session.host,
    port: session.port,
    requestedBy: user,
  };
}

function notice(session: Session | undefined, text: string, restart?: RestartHint): StepResult {
  return { session, replies: [{ kind: "notice", text, ...(restart ? { restart } : {}) }], effects: [] };
}

/** What the conversation is waiting for, shown again to whoever picks it up. */
function currentPrompt(flow: Flow, session: Session): Reply[] {
  switch (session.status) {
    case "awaiting-consent":
      return [consentReply(session)];
    case "probing":
      return [{ kind: "notice", text: `Probes of ${session.host} are still running.` }];
    case "asking":
      return [advance(flow, session).reply];
    case "diagnosed":
      return [buildDiagnosis(flow, session, "resumed")];
    case "solved":
    case "cancelled":
      return [{ kind: "notice", text: `This diagnosis of ${session.host} is finished (${session.status}).` }];
    default:
      return assertNever(session.status);
  }
}
