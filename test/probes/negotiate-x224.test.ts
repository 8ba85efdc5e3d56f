import { afterEach, describe, expect, it } from "vitest";
import {
  type ConfirmBehaviour,
  type FakeRdpServer,
  startFakeRdpServer,
} from "../../src/demo/fake-rdp-server.js";
import { negotiateX224 } from "../../src/probes/negotiate-x224.js";
import { maxConfirmBytes } from "../../src/probes/read-connection-confirm.js";

let server: FakeRdpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function negotiateWith(
  behaviour: ConfirmBehaviour,
  options: { timeoutMs?: number; keepTlsSocket?: boolean } = {},
) {
  server = await startFakeRdpServer({ confirm: () => behaviour });
  return negotiateX224({
    address: server.address,
    port: server.port,
    requestedProtocols: 0x0b,
    timeoutMs: options.timeoutMs ?? 2000,
    keepTlsSocket: options.keepTlsSocket ?? false,
  });
}

describe("negotiateX224", () => {
  it("GIVEN any request THEN the server receives the requested protocols and the cookie does not disturb it", async () => {
    server = await startFakeRdpServer({ confirm: () => ({ kind: "fail", code: 5 }) });
    await negotiateX224({
      address: server.address,
      port: server.port,
      requestedProtocols: 0x0b,
      timeoutMs: 2000,
      cookie: "rdpfix",
    });
    expect(server.requests).toEqual([0x0b]);
  });

  it("GIVEN a server selecting SSL and keepTlsSocket THEN the connected socket is handed over", async () => {
    const negotiation = await negotiateWith(
      { kind: "select", protocol: 1, flags: 0x1 },
      { keepTlsSocket: true },
    );
    expect(negotiation.outcome).toMatchObject({
      kind: "answered",
      confirm: { kind: "response", selectedProtocol: 1, flags: 1 },
    });
    expect(negotiation.handover?.socket.destroyed).toBe(false);
    negotiation.handover?.socket.destroy();
  });

  it("GIVEN a server selecting RDP THEN no socket is handed over, since no TLS follows", async () => {
    const negotiation = await negotiateWith({ kind: "select", protocol: 0 }, { keepTlsSocket: true });
    expect(negotiation.handover).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5, 6])(
    "GIVEN a server answering failure code %i THEN the outcome carries that code",
    async (code) => {
      const negotiation = await negotiateWith({ kind: "fail", code });
      expect(negotiation.outcome).toMatchObject({ kind: "answered", confirm: { kind: "failure", code } });
    },
  );

  it("GIVEN a pre-2008 server THEN the 11-byte confirm reads as legacy", async () => {
    expect((await negotiateWith({ kind: "legacy" })).outcome).toMatchObject({
      kind: "answered",
      confirm: { kind: "legacy" },
    });
  });

  it("GIVEN a server that says nothing THEN it is silent after the timeout, and no sooner", async () => {
    const started = Date.now();
    const { outcome } = await negotiateWith({ kind: "silence" }, { timeoutMs: 300 });
    expect(outcome).toMatchObject({ kind: "silent", bytesRead: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("GIVEN half a confirm and then silence THEN it is silent with the bytes it got", async () => {
    const { outcome } = await negotiateWith(
      { kind: "bytes", bytes: Buffer.from("030000130ed0", "hex") },
      { timeoutMs: 300 },
    );
    expect(outcome).toMatchObject({ kind: "silent", bytesRead: 6 });
  });

  it("GIVEN a server that resets on the request THEN the outcome is a reset", async () => {
    expect((await negotiateWith({ kind: "reset" })).outcome).toMatchObject({
      kind: "reset",
      code: "ECONNRESET",
    });
  });

  it("GIVEN a server that closes on the request THEN the outcome is closed", async () => {
    expect((await negotiateWith({ kind: "close" })).outcome).toMatchObject({ kind: "closed", bytesRead: 0 });
  });

  it("GIVEN a server streaming bytes without end THEN it stops reading at once and closes the connection", async () => {
    const started = Date.now();
    const { outcome } = await negotiateWith({ kind: "endless" }, { timeoutMs: 1000 });
    expect(outcome).toMatchObject({
      kind: "answered",
      confirm: { kind: "not-rdp", firstBytes: expect.stringMatching(/^41 41/) },
    });
    expect(outcome.kind === "answered" && outcome.bytesRead).toBeLessThanOrEqual(maxConfirmBytes);
    expect(Date.now() - started).toBeLessThan(5000);
    await expect.poll(() => server?.openConnections(), { timeout: 2000 }).toBe(0);
  });

  it("GIVEN a server streaming a TPKT header that announces 64 KiB THEN it is malformed without reading it", async () => {
    const chunk = Buffer.concat([Buffer.from("0300ffff", "hex"), Buffer.alloc(16 * 1024 - 4, 0x00)]);
    const { outcome } = await negotiateWith({ kind: "endless", chunk }, { timeoutMs: 1000 });
    expect(outcome).toMatchObject({
      kind: "answered",
      confirm: { kind: "malformed", problem: "tpkt-too-long" },
    });
  });

  it("GIVEN an aborted signal THEN nothing is tried and the outcome says aborted", async () => {
    server = await startFakeRdpServer({ confirm: () => ({ kind: "silence" }) });
    const negotiation = await negotiateX224({
      address: server.address,
      port: server.port,
      requestedProtocols: 1,
      timeoutMs: 2000,
      signal: AbortSignal.abort(),
    });
    expect(negotiation.outcome).toMatchObject({ kind: "tcp-failed", tcp: { kind: "aborted" } });
  });
});
