import type { Flow } from "../flow/flow-schema.js";
import { advance } from "./advance.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import { findAnswerProblem } from "./find-reference-problem.js";
import type { InboundEvent } from "./inbound-event.js";
import { readIntoSession } from "./read-into-session.js";
import { readingReply } from "./reading-reply.js";
import type { Reply } from "./reply.js";
import type { Session } from "./session.js";
import type { StepContext, StepResult } from "./step-result.js";

/** What a probe run looks at, in the words the consent prompt uses. */
export const plannedProbes = [
  "DNS: every address of the name",
  "TCP connect to the RDP port",
  "RDP security negotiation as a modern, a TLS-only and a legacy client would ask",
  "TLS versions, cipher families and the server certificate",
  "with NLA: the server's NTLM greeting (its names, Windows build and clock), without logging on",
  "UDP <port> (RDP over UDP)",
  "path checks: packet loss and MTU",
] as const;

export const defaultRdpPort = 3389;

/** The consent prompt, naming the real port wherever the planned probes say `<port>`. */
export function consentReply(session: Session): Extract<Reply, { kind: "consent" }> {
  const probes = plannedProbes.map((probe) => fillPlaceholders(probe, session));
  return { kind: "consent", host: session.host, port: session.port, probes };
}

/**
 * A new conversation. Answers given up front (from the command line or a parsed message) are applied at
 * once; with probing on, the user is asked for consent before any packet is sent.
 */
export function startSession(
  flow: Flow,
  event: Extract<InboundEvent, { kind: "start" }>,
  ctx: StepContext,
): StepResult {
  const leading: Reply[] = [];
  const answers = (event.answers ?? []).flatMap(({ questionId, answerId }) => {
    const problem = findAnswerProblem(flow, questionId, answerId);
    if (problem) {
      leading.push({ kind: "notice", text: `Ignored: ${problem}` });
      return [];
    }
    return [{ questionId, answerId, by: event.user, at: ctx.now }];
  });
  const blank: Session = {
    id: ctx.newId(),
    flowId: flow.id,
    flowVersion: flow.version,
    conversation: event.conversation,
    host: event.host,
    port: event.port ?? defaultRdpPort,
    symptom: event.text,
    startedBy: event.user,
    status: "asking",
    probing: event.probing,
    ...(event.probingRefused === undefined || event.probing
      ? {}
      : { probesNotRun: { because: "refused" as const, text: event.probingRefused } }),
    answers: answers.filter((a, i) => answers.findIndex((b) => b.questionId === a.questionId) === i),
    skippedQuestions: [],
    findings: event.observed?.findings ?? [],
    ...(event.observed ? { probeSummary: event.observed.summary } : {}),
    feedback: [],
    handoffs: [],
    shownCauses: flow.stopping.shownCauses,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  // The person's own words answer what they already said, before the first question or the consent prompt.
  const { session, facts } = readIntoSession(flow, blank, event.text, event.user, ctx.now);
  if (facts.length > 0) leading.push(readingReply(flow, session, facts));

  if (event.probing) {
    return {
      session: { ...session, status: "awaiting-consent" },
      replies: [...leading, consentReply(session)],
      effects: [],
    };
  }
  const { status, reply } = advance(flow, session);
  return { session: { ...session, status }, replies: [...leading, reply], effects: [] };
}
