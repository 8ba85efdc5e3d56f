import { describe, expect, it } from "vitest";
import { evidenceWords, type Reply } from "../../src/engine/index.js";
import { engineConversation, loadFlowFile, shippedFlow } from "../support/engine-conversation.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");

function diagnosisOf(reply: Reply) {
  if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
  return reply;
}

describe("honest stop: a ranking without evidence is not a diagnosis", () => {
  it("GIVEN no probe and results asked at once THEN the evidence is weak and the next checks are named", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    bot.send({ kind: "results-now", user: "alice" });
    const diagnosis = diagnosisOf(bot.last);
    expect(diagnosis.evidence).toEqual({ strength: "weak", topBits: 0 });
    expect(diagnosis.nextChecks).toEqual({
      probe: true,
      question: { id: "since-when", text: "Since when?" },
      serverCheck: "Look at certlm.msc",
    });
  });

  it("GIVEN one answer worth +2 bits THEN it is still weak (below the default 3), without probing offered once findings exist", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({
      kind: "probes-finished",
      summary: "1 address",
      findings: [{ id: "unknown.finding", at: "2026-11-21T09:00:02.000Z" }],
    });
    bot.answer("since-when", "suddenly");
    const diagnosis = diagnosisOf(bot.last);
    expect(diagnosis.evidence).toEqual({ strength: "weak", topBits: 2 });
    expect(diagnosis.nextChecks?.probe).toBe(false);
  });

  it("GIVEN a decisive finding THEN the evidence is moderate or strong and no next checks are added", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({
      kind: "probes-finished",
      summary: "1 address",
      findings: [{ id: "cert.expired", at: "2026-11-21T09:00:02.000Z" }],
    });
    const diagnosis = diagnosisOf(bot.last);
    expect(diagnosis.evidence).toEqual({ strength: "moderate", topBits: 5 });
    expect(diagnosis.nextChecks).toBeUndefined();
  });

  it("GIVEN a flow with a lower stopping.minEvidenceBits THEN the same +2 bits are enough", () => {
    const lenient = { ...flow, stopping: { ...flow.stopping, minEvidenceBits: 2 } };
    const bot = engineConversation(lenient);
    bot.start("host42");
    bot.answer("since-when", "suddenly");
    expect(diagnosisOf(bot.last).evidence.strength).not.toBe("weak");
  });

  it("GIVEN the shipped flow THEN the default threshold is 3 bits", () => {
    expect(shippedFlow().stopping.minEvidenceBits).toBe(3);
  });
});

describe("evidenceWords: bits as a support engineer reads them", () => {
  it.each([
    [1, "makes this somewhat more likely"],
    [2, "suggests this"],
    [3, "strongly suggests this"],
    [6, "strongly suggests this"],
    [-1, "makes this somewhat less likely"],
    [-2, "argues against this"],
    [-3, "nearly rules this out"],
    [-8, "nearly rules this out"],
  ])("GIVEN %d bits THEN it reads %s", (bits, words) => {
    expect(evidenceWords(bits)).toBe(words);
  });
});
