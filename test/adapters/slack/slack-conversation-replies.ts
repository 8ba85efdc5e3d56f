import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DiagnosisReply, HandoffReply, QuestionReply, Reply } from "../../../src/engine/index.js";
import type { ProbeReport } from "../../../src/probes/probe-report.js";
import { summarizeProbeReport } from "../../../src/runtime/summarize-probe-report.js";
import { engineConversation, shippedFlow } from "../../support/engine-conversation.js";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "slack");

/** A probe report recorded from `rdp-fix demo <fault>` (the real probes against the loopback demo server). */
export function recordedProbeReport(fault: "expired-cert" | "wrong-name"): ProbeReport {
  return JSON.parse(readFileSync(join(fixtures, `${fault}-probe-report.json`), "utf8")) as ProbeReport;
}

function replyOf<K extends Reply["kind"]>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  if (reply.kind !== kind) throw new Error(`expected a ${kind} reply, got ${reply.kind}`);
  return reply as Extract<Reply, { kind: K }>;
}

/**
 * Real replies from the real engine and shipped flow, one conversation about host42 with the recorded
 * expired-certificate probe findings: consent, "probing…", the diagnosis, the top cause's first fix that did
 * not help (the cause keeps the top, its next fix comes up), then the person ruling that cause out (it is set
 * aside), a handoff, and the end states.
 */
export function expiredCertConversation(host = "host42", report = recordedProbeReport("expired-cert")) {
  const bot = engineConversation(shippedFlow());
  bot.start(host, {
    probing: true,
    user: "U0ALICE",
    // Only what the answers below say: a reading of more words would move the ranking this fixture pins.
    text: "0x904 / extended 0x7",
    answers: [{ questionId: "error-shown", answerId: "code-0x904" }],
  });
  const consent = replyOf(bot.last, "consent");
  bot.send({ kind: "consent", allow: true, user: "U0ALICE" });
  const probing = replyOf(bot.last, "text");
  bot.send({ kind: "probes-finished", findings: report.findings, summary: summarizeProbeReport(report) });
  if (bot.last.kind === "question") bot.send({ kind: "results-now", user: "U0ALICE" });
  const diagnosis = replyOf(bot.last, "diagnosis");
  const top = diagnosis.causes[0];
  const topFix = top?.fixes[0];
  if (!top || !topFix) throw new Error("the diagnosis has no top fix");
  bot.send({
    kind: "fix-feedback",
    causeId: top.id,
    fixId: topFix.id,
    outcome: "did-not-help",
    user: "U0ALICE",
  });
  const afterFeedback = replyOf(bot.last, "diagnosis");
  bot.send({ kind: "rule-out-cause", causeId: top.id, user: "U0ALICE" });
  const afterRuleOut = replyOf(bot.last, "diagnosis");
  bot.send({ kind: "handoff", user: "U0ALICE", to: "<@U0BOB>" });
  const handoff: HandoffReply = replyOf(bot.last, "handoff");
  const sessionId = bot.session.id;
  return {
    bot,
    sessionId,
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

/** A conversation without probes: the first question (a select: it has six answers), then one with buttons. */
export function questionConversation() {
  const bot = engineConversation(shippedFlow());
  bot.start("host42", { user: "U0ALICE" });
  const first: QuestionReply = replyOf(bot.last, "question");
  bot.answer(first.questionId, first.answers[1]?.id ?? "", "U0ALICE");
  const second: QuestionReply = replyOf(bot.last, "question");
  return { bot, sessionId: bot.session.id, first, second };
}

/** The diagnosis after "Show more causes" until every cause of the flow is shown. */
export function allCausesShown(
  host = "host42",
  report = recordedProbeReport("expired-cert"),
): DiagnosisReply {
  const { bot } = expiredCertConversation(host, report);
  for (let i = 0; i < 10 && bot.session.shownCauses < shippedFlow().causes.length; i++)
    bot.send({ kind: "show-more", user: "U0ALICE" });
  const diagnosis = replyOf(bot.last, "diagnosis");
  if (diagnosis.shown !== diagnosis.causes.length) throw new Error("not every cause is shown");
  return diagnosis;
}

/** Replies to events a finished or absent session gets, and the end states. */
export function endStates() {
  const solvedBot = engineConversation(shippedFlow());
  solvedBot.start("host42", {
    user: "U0ALICE",
    answers: [{ questionId: "error-shown", answerId: "code-0x904" }],
  });
  solvedBot.send({ kind: "results-now", user: "U0ALICE" });
  const diagnosis = replyOf(solvedBot.last, "diagnosis");
  const [cause] = diagnosis.causes;
  const fix = cause?.fixes[0];
  if (!cause || !fix) throw new Error("no fix to mark as solved");
  solvedBot.send({
    kind: "fix-feedback",
    causeId: cause.id,
    fixId: fix.id,
    outcome: "worked",
    user: "U0BOB",
  });
  const solved = replyOf(solvedBot.last, "solved");
  solvedBot.send({ kind: "cancel", user: "U0BOB" });
  const finished = replyOf(solvedBot.last, "notice");

  const cancelBot = engineConversation(shippedFlow());
  cancelBot.start("host42", { user: "U0ALICE" });
  cancelBot.send({ kind: "cancel", user: "U0CAROL" });
  const cancelled = replyOf(cancelBot.last, "cancelled");
  return { solved, finished, cancelled, solvedSessionId: solvedBot.session.id };
}
