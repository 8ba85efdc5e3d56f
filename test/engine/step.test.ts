import { describe, expect, it } from "vitest";
import { engineConversation, loadFlowFile } from "../support/engine-conversation.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");

describe("step: the conversation state machine", () => {
  it("GIVEN probing is possible WHEN a diagnosis starts THEN consent is asked before any probe effect", () => {
    const bot = engineConversation(flow);
    const started = bot.start("host42", { probing: true });
    expect(started.effects).toEqual([]);
    expect(bot.last).toMatchObject({ kind: "consent", host: "host42", port: 3389 });
    expect(bot.session.status).toBe("awaiting-consent");

    const consented = bot.send({ kind: "consent", allow: true, user: "alice" });
    expect(consented.effects).toEqual([
      { kind: "run-probes", sessionId: "session-1", host: "host42", port: 3389, requestedBy: "alice" },
    ]);
    expect(bot.session.status).toBe("probing");
  });

  it("GIVEN probes finish with a decisive finding THEN the diagnosis comes without questions and explains itself", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({
      kind: "probes-finished",
      summary: "1 address",
      findings: [
        { id: "cert.expired", detail: "certificate expired 2021-01-01", at: "2026-11-21T09:00:02.000Z" },
      ],
    });
    const diagnosis = bot.last;
    if (diagnosis.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${diagnosis.kind}`);
    expect(diagnosis.reason).toBe("confident");
    expect(diagnosis.causes[0]?.id).toBe("cert-expired");
    expect(diagnosis.causes[0]?.evidenceFor).toEqual([
      { source: "finding", ref: "cert.expired", label: "certificate expired 2021-01-01", bits: 5 },
    ]);
  });

  it("GIVEN a late probe result after the user cancelled THEN nothing changes", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({ kind: "cancel", user: "bob" });
    const before = bot.session;
    const late = bot.send({ kind: "probes-finished", summary: "", findings: [] });
    expect(late.session).toBe(before);
    expect(late.replies).toEqual([]);
  });

  it("GIVEN a question WHEN the same answer arrives twice THEN the second changes nothing and says who answered", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    expect(bot.last).toMatchObject({ kind: "question", questionId: "since-when", number: 1 });
    bot.answer("since-when", "suddenly");
    const version = bot.session.version;
    bot.answer("since-when", "always", "bob");
    expect(bot.session.version).toBe(version);
    expect(bot.last).toEqual({ kind: "notice", text: "That question was already answered by alice." });
  });

  it("GIVEN an unknown answer id THEN the notice lists the valid answers", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    bot.answer("since-when", "yesterday");
    expect(bot.last).toEqual({
      kind: "notice",
      text: 'Unknown answer "yesterday" for question "since-when". Answers: always, suddenly.',
    });
  });

  it("GIVEN a diagnosis WHEN the top fix did not help THEN that cause drops below the others and its fix is gone", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    bot.answer("since-when", "suddenly");
    expect(bot.last).toMatchObject({
      kind: "diagnosis",
      causes: [{ id: "cert-expired" }, { id: "firewall-blocked" }],
    });
    const feedback = bot.send({
      kind: "fix-feedback",
      causeId: "cert-expired",
      fixId: "renew",
      outcome: "did-not-help",
      user: "alice",
    });
    expect(feedback.effects).toEqual([
      {
        kind: "record-outcome",
        sessionId: "session-1",
        causeId: "cert-expired",
        fixId: "renew",
        solved: false,
      },
    ]);
    const diagnosis = bot.last;
    if (diagnosis.kind !== "diagnosis") throw new Error("expected a diagnosis");
    expect(diagnosis.causes.map((c) => [c.id, c.standing, c.triedFixIds])).toEqual([
      ["firewall-blocked", "open", []],
      ["cert-expired", "fixes-tried", ["renew"]],
    ]);
    expect(diagnosis.causes[1]?.demoted).toBe(true);
    expect(diagnosis.causes[1]?.evidenceAgainst).toContainEqual(
      expect.objectContaining({ source: "feedback", label: "Its only fix did not help", bits: -3 }),
    );
  });

  it("GIVEN a fix that worked THEN the session is solved and later clicks get a friendly note", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    bot.send({ kind: "results-now", user: "alice" });
    bot.send({
      kind: "fix-feedback",
      causeId: "cert-expired",
      fixId: "renew",
      outcome: "worked",
      user: "carol",
    });
    expect(bot.last).toEqual({
      kind: "solved",
      causeId: "cert-expired",
      causeTitle: "Expired certificate",
      fixId: "renew",
      fixTitle: "Renew it",
      by: "carol",
    });
    expect(bot.session.status).toBe("solved");
    bot.send({ kind: "show-more", user: "dave" });
    expect(bot.last).toEqual({
      kind: "notice",
      text: "This diagnosis of host42 is finished (solved).",
      restart: { kind: "start-new" },
    });
  });

  it("GIVEN a diagnosis in progress WHEN someone hands off THEN the summary carries answers, ranking and the next fix", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { text: "0x904 since this morning" });
    bot.answer("since-when", "always");
    bot.send({ kind: "handoff", user: "alice", to: "@oncall" });
    expect(bot.last).toMatchObject({
      kind: "handoff",
      host: "host42",
      symptom: "0x904 since this morning",
      from: "alice",
      to: "@oncall",
      answers: [
        {
          questionId: "since-when",
          answerId: "always",
          questionText: "Since when?",
          answerLabel: "Always",
          by: "alice",
        },
      ],
      ranking: [{ id: "firewall-blocked" }, { id: "cert-expired" }],
      next: { causeId: "firewall-blocked", fix: { id: "open-port" } },
    });
    expect(bot.session.handoffs).toEqual([{ from: "alice", to: "@oncall", at: "2026-11-21T09:00:02.000Z" }]);
  });

  it("GIVEN a resumed conversation THEN the same question is shown again without changing the session", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    const before = bot.session;
    const resumed = bot.send({ kind: "resume", user: "bob" });
    expect(resumed.session).toBe(before);
    expect(bot.last).toMatchObject({ kind: "question", questionId: "since-when" });
  });

  it("GIVEN no session THEN any event but start gets a hint", () => {
    const bot = engineConversation(flow);
    const result = bot.send({ kind: "results-now", user: "alice" });
    expect(result.session).toBeUndefined();
    expect(bot.last).toEqual({
      kind: "notice",
      text: "No diagnosis is running here.",
      restart: { kind: "start" },
    });
  });

  it("GIVEN show more THEN the number of shown causes grows and stops at the total", () => {
    const bot = engineConversation({ ...flow, stopping: { ...flow.stopping, shownCauses: 1 } });
    bot.start("host42");
    bot.send({ kind: "results-now", user: "alice" });
    expect(bot.last).toMatchObject({ kind: "diagnosis", shown: 1 });
    bot.send({ kind: "show-more", user: "alice" });
    expect(bot.last).toMatchObject({ kind: "diagnosis", shown: 2, reason: "show-more" });
    bot.send({ kind: "show-more", user: "alice" });
    expect(bot.last).toEqual({ kind: "notice", text: "All 2 causes are already shown." });
  });
});
