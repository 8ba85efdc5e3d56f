import type { DiagnosisReply, HandoffReply, QuestionReply, Reply } from "../../../src/engine/index.js";
import type { ProbeReport } from "../../../src/probes/probe-report.js";
import { summarizeProbeReport } from "../../../src/runtime/summarize-probe-report.js";
import { engineConversation, shippedFlow } from "../../support/engine-conversation.js";
import { recordedProbeReport } from "../slack/slack-conversation-replies.js";

export { recordedProbeReport };

/** Discord user ids (snowflakes) of the people in these conversations. */
export const alice = "111111111111111111";
export const bob = "222222222222222222";
export const carol = "333333333333333333";

function replyOf<K extends Reply["kind"]>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  if (reply.kind !== kind) throw new Error(`expected a ${kind} reply, got ${reply.kind}`);
  return reply as Extract<Reply, { kind: K }>;
}

/**
 * Real replies from the real engine and shipped flow, one conversation about `host` with the recorded
 * expired-certificate probe findings (the real probes against `rdp-fix demo`): consent, "probing…", the
 * diagnosis, the top cause's first fix that did not help (the cause keeps the top, its next fix comes up),
 * alice ruling that cause out (it is set aside), and a handoff from alice to bob.
 */
export function expiredCertConversation(host = "host42", report = recordedProbeReport("expired-cert")) {
  const bot = engineConversation(shippedFlow());
  bot.start(host, {
    probing: true,
    user: alice,
    // Only what the answers below say: a reading of more words would move the ranking this fixture pins.
    text: "0x904 / extended 0x7",
    answers: [{ questionId: "error-shown", answerId: "code-0x904" }],
  });
  const consent = replyOf(bot.last, "consent");
  bot.send({ kind: "consent", allow: true, user: alice });
  const probing = replyOf(bot.last, "text");
  bot.send({ kind: "probes-finished", findings: report.findings, summary: summarizeProbeReport(report) });
  if (bot.last.kind === "question") bot.send({ kind: "results-now", user: alice });
  const diagnosis = replyOf(bot.last, "diagnosis");
  const top = diagnosis.causes[0];
  const topFix = top?.fixes[0];
  if (!top || !topFix) throw new Error("the diagnosis has no top fix");
  bot.send({ kind: "fix-feedback", causeId: top.id, fixId: topFix.id, outcome: "did-not-help", user: alice });
  const afterFeedback = replyOf(bot.last, "diagnosis");
  bot.send({ kind: "rule-out-cause", causeId: top.id, user: alice });
  const afterRuleOut = replyOf(bot.last, "diagnosis");
  bot.send({ kind: "handoff", user: alice, to: bob });
  const handoff: HandoffReply = replyOf(bot.last, "handoff");
  return {
    bot,
    sessionId: bot.session.id,
    consent,
    probing,
    diagnosis,
    afterFeedback,
    afterRuleOut,
    handoff,
    topCause: top,
    topFix,
  };
}

/** A conversation without probes: the first question (six answers: a select), then one with buttons. */
export function questionConversation() {
  const bot = engineConversation(shippedFlow());
  bot.start("host42", { user: alice });
  const first: QuestionReply = replyOf(bot.last, "question");
  bot.answer(first.questionId, first.answers[1]?.id ?? "", alice);
  const second: QuestionReply = replyOf(bot.last, "question");
  return { bot, sessionId: bot.session.id, first, second };
}

/** The diagnosis after "Show more causes" until every cause of the flow is shown. */
export function allCausesShown(host = "host42", report: ProbeReport = recordedProbeReport("expired-cert")) {
  const { bot } = expiredCertConversation(host, report);
  for (let i = 0; i < 10 && bot.session.shownCauses < shippedFlow().causes.length; i++)
    bot.send({ kind: "show-more", user: alice });
  const diagnosis: DiagnosisReply = replyOf(bot.last, "diagnosis");
  if (diagnosis.shown !== diagnosis.causes.length) throw new Error("not every cause is shown");
  return diagnosis;
}

/** The end states: solved (recorded for bob), a notice to a finished session, and cancelled (by carol). */
export function endStates() {
  const solvedBot = engineConversation(shippedFlow());
  solvedBot.start("host42", {
    user: alice,
    answers: [{ questionId: "error-shown", answerId: "code-0x904" }],
  });
  solvedBot.send({ kind: "results-now", user: alice });
  const [cause] = replyOf(solvedBot.last, "diagnosis").causes;
  const fix = cause?.fixes[0];
  if (!cause || !fix) throw new Error("no fix to mark as solved");
  solvedBot.send({ kind: "fix-feedback", causeId: cause.id, fixId: fix.id, outcome: "worked", user: bob });
  const solved = replyOf(solvedBot.last, "solved");
  solvedBot.send({ kind: "cancel", user: bob });
  const finished = replyOf(solvedBot.last, "notice");

  const cancelBot = engineConversation(shippedFlow());
  cancelBot.start("host42", { user: alice });
  cancelBot.send({ kind: "cancel", user: carol });
  const cancelled = replyOf(cancelBot.last, "cancelled");
  return { solved, finished, cancelled, solvedSessionId: solvedBot.session.id };
}
