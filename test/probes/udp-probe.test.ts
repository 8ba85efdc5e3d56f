import { createSocket } from "node:dgram";
import { afterEach, describe, expect, it } from "vitest";
import { probeUdp } from "../../src/probes/udp-probe.js";
import {
  type FakeRdpeudpResponder,
  type FakeRdpeudpResponderOptions,
  fakeServerSequenceNumber,
  startFakeRdpeudpResponder,
} from "../support/fake-rdpeudp-responder.js";

const isn = 0x0badf00d;
const now = () => new Date("2025-01-02T03:04:05.000Z");
const responders: FakeRdpeudpResponder[] = [];
const responder = async (options: FakeRdpeudpResponderOptions) => {
  const started = await startFakeRdpeudpResponder(options);
  responders.push(started);
  return started;
};
afterEach(async () => {
  await Promise.all(responders.splice(0).map((started) => started.close()));
});

/** A loopback port with nothing behind it: bind, note the port, close. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const socket = createSocket("udp4");
    socket.bind(0, "127.0.0.1", () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });

describe("probeUdp", () => {
  it.each(["127.0.0.1", "::1"] as const)(
    "GIVEN a responder on %s THEN a SYN+ACK to our SYN gives udp.syn-ack",
    async (host) => {
      const server = await responder({ host });
      const result = await probeUdp({
        address: host,
        port: server.port,
        timeoutMs: 2000,
        initialSequenceNumber: isn,
        now,
      });
      expect(result.outcome).toMatchObject({
        kind: "syn-ack",
        attempts: 1,
        synAck: { serverInitialSequenceNumber: fakeServerSequenceNumber, version: 2, upstreamMtu: 1232 },
      });
      expect(result.step).toMatchObject({ step: "udp", address: host, status: "ok" });
      expect(result.findings).toEqual([
        expect.objectContaining({ id: "udp.syn-ack", address: host, at: "2025-01-02T03:04:05.000Z" }),
      ]);
      const [syn] = server.received;
      expect(syn?.length).toBe(1232);
      expect(syn?.readUInt32BE(8)).toBe(isn);
    },
  );

  it("GIVEN a version-1 server THEN the SYN+ACK reports version 1", async () => {
    const server = await responder({ version1: true });
    const result = await probeUdp({ address: server.host, port: server.port, timeoutMs: 2000 });
    expect(result.outcome).toMatchObject({ kind: "syn-ack", synAck: { version: 1 } });
  });

  it("GIVEN a responder that ignores the first two SYNs THEN the third SYN, with the same ISN, gets through", async () => {
    const server = await responder({ ignoreFirst: 2 });
    const result = await probeUdp({
      address: server.host,
      port: server.port,
      timeoutMs: 600,
      attempts: 3,
      initialSequenceNumber: isn,
    });
    expect(result.outcome).toMatchObject({ kind: "syn-ack", attempts: 3 });
    expect(server.received.map((datagram) => datagram.readUInt32BE(8))).toEqual([isn, isn, isn]);
  });

  it("GIVEN a silent responder THEN after the timeout the step is inconclusive with udp.silent, after exactly the planned SYNs", async () => {
    const server = await responder({ mode: "silent" });
    const started = Date.now();
    const result = await probeUdp({ address: server.host, port: server.port, timeoutMs: 300, attempts: 3 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.outcome).toEqual({ kind: "silent", attempts: 3 });
    expect(result.step.status).toBe("inconclusive");
    expect(result.findings.map((finding) => finding.id)).toEqual(["udp.silent"]);
    expect(server.received).toHaveLength(3);
  });

  it("GIVEN nothing listening THEN ICMP port unreachable gives udp.closed quickly", async () => {
    const port = await closedPort();
    const started = Date.now();
    const result = await probeUdp({ address: "127.0.0.1", port, timeoutMs: 3000 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.outcome.kind).toBe("closed");
    expect(result.step.status).toBe("failed");
    expect(result.findings.map((finding) => finding.id)).toEqual(["udp.closed"]);
  });

  it("GIVEN the loopback broadcast address 127.255.255.255 THEN the refused connect (EACCES) is udp.unreachable, never a throw from a timer", async () => {
    const result = await probeUdp({ address: "127.255.255.255", port: 3389, timeoutMs: 1000, now });
    expect(result.outcome).toEqual({ kind: "unreachable", code: "EACCES", attempts: 0 });
    expect(result.step).toMatchObject({
      step: "udp",
      status: "failed",
      summary: expect.stringContaining("EACCES"),
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ id: "udp.unreachable", address: "127.255.255.255" }),
    ]);
    // A send the failed connect left scheduled would throw ERR_SOCKET_BAD_PORT from a timer about now.
    await new Promise((resolve) => setTimeout(resolve, 1100));
  });

  it.each([
    ["garbage", "not SYN+ACK"],
    ["wrong-ack", "not our sequence number"],
  ] as const)(
    "GIVEN a responder sending %s THEN the outcome is malformed, with no finding",
    async (mode, reason) => {
      const server = await responder({ mode });
      const result = await probeUdp({ address: server.host, port: server.port, timeoutMs: 2000 });
      expect(result.outcome).toMatchObject({ kind: "malformed", reason: expect.stringContaining(reason) });
      expect(result.step.status).toBe("failed");
      expect(result.findings).toEqual([]);
    },
  );

  it("GIVEN the signal aborts THEN the probe stops at once and concludes nothing", async () => {
    const server = await responder({ mode: "silent" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const result = await probeUdp({
      address: server.host,
      port: server.port,
      timeoutMs: 5000,
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.outcome.kind).toBe("aborted");
    expect(result.step.status).toBe("not-checked");
    expect(result.findings).toEqual([]);
  });

  it("GIVEN a name instead of an address THEN it is a bug, refused before any packet", async () => {
    await expect(probeUdp({ address: "localhost", port: 3389, timeoutMs: 100 })).rejects.toMatchObject({
      code: "PROBE_TARGET_NOT_IP",
    });
  });
});
