import type { SessionAction, SessionActionKind } from "../../../src/chat/action-codec/action-fields.js";

/** One of every session action; the mapped type fails to compile when a kind is added and not listed here. */
export const everySessionAction: { [K in SessionActionKind]: Extract<SessionAction, { kind: K }> } = {
  consent: { kind: "consent", allow: false },
  answer: { kind: "answer", questionId: "error-shown", answerId: "code-0x904" },
  skip: { kind: "skip", questionId: "recent-change" },
  "change-reading": { kind: "change-reading", questionId: "who-affected" },
  "results-now": { kind: "results-now" },
  "fix-feedback": { kind: "fix-feedback", causeId: "cert-expired", fixId: "renew-cert", outcome: "worked" },
  "rule-out-cause": { kind: "rule-out-cause", causeId: "cert-expired" },
  "check-server": { kind: "check-server" },
  "paste-server-report": { kind: "paste-server-report" },
  recheck: { kind: "recheck", causeId: "cert-expired", fixId: "renew-cert" },
  "show-more": { kind: "show-more" },
  handoff: { kind: "handoff" },
  resume: { kind: "resume" },
  cancel: { kind: "cancel" },
};
