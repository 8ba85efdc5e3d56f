import { type AddressInfo, createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { probeRdpEndpoint } from "../../src/probes/probe-rdp-endpoint.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** A listener that accepts every connection and resets it at once, as a security product or a full server does. */
async function acceptThenReset(): Promise<number> {
  const server = createServer((socket) => {
    socket.on("error", () => {});
    socket.resetAndDestroy();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe("probeRdpEndpoint: a server that accepts and then resets", () => {
  it("GIVEN every connection is reset right after the accept THEN the port is reachable: tcp.open and rdp.no-confirm, never tcp.refused", async () => {
    const port = await acceptThenReset();
    const result = await probeRdpEndpoint({
      address: "127.0.0.1",
      port,
      host: "rdp-lab.local",
      timeoutMs: 2000,
    });
    expect(result.findings.map((f) => f.id)).toEqual(["tcp.open", "rdp.no-confirm"]);
    expect(result.steps[0]).toMatchObject({ step: "tcp", status: "ok" });
    expect(result.steps.filter((s) => s.step === "x224").map((s) => s.status)).toEqual([
      "failed",
      "failed",
      "failed",
    ]);
  });

  it("GIVEN those findings in a diagnosis THEN 'RDP is not listening' is not the top cause", async () => {
    const port = await acceptThenReset();
    const result = await probeRdpEndpoint({
      address: "127.0.0.1",
      port,
      host: "rdp-lab.local",
      timeoutMs: 2000,
    });
    const bot = engineConversation(shippedFlow());
    bot.start("rdp-lab.local", { probing: true, port });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({ kind: "probes-finished", summary: "lab probe", findings: result.findings });
    bot.send({ kind: "results-now", user: "alice" });
    const diagnosis = bot.last;
    if (diagnosis.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${diagnosis.kind}`);
    expect(diagnosis.findings.map((f) => f.id)).not.toContain("tcp.refused");
    expect(diagnosis.causes[0]?.id).not.toBe("rdp-service-down");
    const serviceDown = diagnosis.causes.find((c) => c.id === "rdp-service-down");
    expect(serviceDown?.evidenceAgainst.map((e) => e.ref)).toContain("tcp.open");
  });
});
