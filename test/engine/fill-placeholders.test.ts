import { describe, expect, it } from "vitest";
import type { DiagnosisReply, Reply } from "../../src/engine/index.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const flow = shippedFlow();
const user = "alice";

/** Every command of every fix the diagnosis offers, across all causes. */
const commands = (diagnosis: DiagnosisReply) =>
  diagnosis.causes.flatMap((c) =>
    c.fixes.flatMap((f) => [...f.steps, f.verify].flatMap((s) => s.command ?? [])),
  );

function expectFilled(replies: readonly Reply[]) {
  const text = JSON.stringify(replies);
  expect(text).not.toMatch(/<port>|<host>/);
}

function diagnosisOf(reply: Reply): DiagnosisReply {
  if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
  return reply;
}

describe("fill placeholders: replies name the real target", () => {
  it("GIVEN port 3390 THEN the fixes test and connect to host42:3390", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { port: 3390 });
    bot.send({ kind: "results-now", user });
    const all = commands(diagnosisOf(bot.last));
    expect(all).toContain("Test-NetConnection -ComputerName host42 -Port 3390");
    expect(all).toContain("xfreerdp /v:host42:3390 /sec:rdp");
    expect(all.join("\n")).not.toMatch(/-Port 3389|\/v:host42:3389/);
  });

  it("GIVEN a probed conversation on port 3390 through feedback, more causes and a handoff THEN no reply leaves a placeholder", () => {
    const bot = engineConversation(flow);
    const replies: Reply[] = [];
    const send = (event: Parameters<typeof bot.send>[0]) => replies.push(...bot.send(event).replies);
    replies.push(...bot.start("host42", { port: 3390, probing: true }).replies);
    const consent = replies[0];
    expect(consent?.kind === "consent" && consent.probes).toEqual(
      expect.arrayContaining(["UDP 3390 (RDP over UDP)"]),
    );
    send({ kind: "consent", allow: true, user });
    send({
      kind: "probes-finished",
      summary: "lab probe",
      findings: ["tcp.timeout", "udp.silent"].map((id) => ({ id, at: "2026-11-21T09:00:01.000Z" })),
    });
    for (let reply = bot.last; reply.kind === "question"; reply = bot.last) {
      const answer = reply.answers[0];
      if (answer === undefined) throw new Error(`question ${reply.questionId} has no answers`);
      send({ kind: "answer", questionId: reply.questionId, answerId: answer.id, user });
    }
    const diagnosis = diagnosisOf(bot.last);
    const explained = diagnosis.findings.map((f) => f.explanation);
    expect(explained).toContain(
      "No answer at all on port 3390; something on the way drops the traffic, or the machine is off.",
    );
    const top = diagnosis.causes[0];
    const fix = top?.fixes[0];
    if (!top || !fix) throw new Error("no fix to give feedback on");
    send({ kind: "fix-feedback", causeId: top.id, fixId: fix.id, outcome: "did-not-help", user });
    send({ kind: "show-more", user });
    send({ kind: "handoff", user, to: "@oncall" });
    const firewall = flow.causes.find((c) => c.id === "firewall-blocked");
    const firewallFix = firewall?.fixes[0];
    if (!firewallFix) throw new Error("firewall-blocked has no fix");
    send({
      kind: "fix-feedback",
      causeId: "firewall-blocked",
      fixId: firewallFix.id,
      outcome: "worked",
      user,
    });
    expect(replies.map((r) => r.kind)).toEqual(
      expect.arrayContaining(["consent", "diagnosis", "handoff", "solved"]),
    );
    expectFilled(replies);
  });

  it("GIVEN answers to the questions that name the port THEN the handoff shows them with 3390", () => {
    const bot = engineConversation(flow);
    const answers = [
      { questionId: "port-test", answerId: "true" },
      { questionId: "internet-exposed", answerId: "under-attack" },
    ];
    const replies: Reply[] = [...bot.start("host42", { port: 3390, answers }).replies];
    replies.push(...bot.send({ kind: "handoff", user }).replies);
    const handoff = replies.at(-1);
    if (handoff?.kind !== "handoff") throw new Error("expected a handoff");
    expect(handoff.answers.map((a) => a.questionText)).toEqual([
      expect.stringContaining("Test-NetConnection -ComputerName host42 -Port 3390"),
      "Is the server's port 3390 reachable from the internet, or is it seeing many failed logons?",
    ]);
    expectFilled(replies);
  });

  it("GIVEN a question that names the port THEN it is asked with 3390", () => {
    const bot = engineConversation(flow);
    // A client that cannot reach the server at all (0x204) makes the port test worth asking early.
    const reachability = [{ questionId: "error-shown", answerId: "code-0x204" }];
    const start = bot.start("host42", { port: 3390, answers: reachability }).replies;
    const asked: Reply[] = [...start];
    for (let reply = bot.last; reply.kind === "question"; reply = bot.last) {
      if (reply.questionId === "port-test") break;
      asked.push(...bot.send({ kind: "skip-question", questionId: reply.questionId, user }).replies);
    }
    const last = bot.last;
    expect(last.kind === "question" && last.questionId).toBe("port-test");
    if (last.kind === "question")
      expect(last.text).toContain("Test-NetConnection -ComputerName host42 -Port 3390");
    expectFilled(asked);
  });
});
