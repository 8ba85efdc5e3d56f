import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/engine/index.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const flow = shippedFlow();

function diagnosisOf(reply: Reply) {
  if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
  return reply;
}

describe("a diagnosis made without probes says so, and why", () => {
  it("GIVEN the probe policy refused the target THEN the diagnosis carries the refusal and does not advise probing", () => {
    const bot = engineConversation(flow);
    const refusal = "Not probing 127.0.0.1 port 3390: the port is not allowed (RDP_FIX_ALLOWED_PORTS).";
    bot.start("127.0.0.1", { port: 3390, probing: false, probingRefused: refusal });
    bot.send({ kind: "results-now", user: "alice" });
    const diagnosis = diagnosisOf(bot.last);
    expect(diagnosis.probesNotRun).toEqual({ because: "refused", text: refusal });
    expect(diagnosis.evidence.strength).toBe("weak");
    expect(diagnosis.nextChecks?.probe).toBe(false);
  });

  it("GIVEN the person skipped the probes THEN the diagnosis says they were declined and still advises probing", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: false, user: "alice" });
    bot.send({ kind: "results-now", user: "alice" });
    const diagnosis = diagnosisOf(bot.last);
    expect(diagnosis.probesNotRun).toEqual({ because: "declined", by: "alice" });
    expect(diagnosis.nextChecks?.probe).toBe(true);
  });

  it("GIVEN the probes ran THEN the diagnosis carries no such note", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({ kind: "probes-finished", summary: "1 address", findings: [] });
    bot.send({ kind: "results-now", user: "alice" });
    expect(diagnosisOf(bot.last).probesNotRun).toBeUndefined();
  });

  it("GIVEN a refusal on a start that probes anyway THEN it is ignored (only probing: false records one)", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true, probingRefused: "stale" });
    expect(bot.session.probesNotRun).toBeUndefined();
  });
});
