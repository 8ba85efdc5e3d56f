import { afterEach, describe, expect, it } from "vitest";
import { type FakeRdpServer, startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { makeCertificate } from "../../src/demo/make-certificate.js";
import { probeRdpEndpoint } from "../../src/probes/probe-rdp-endpoint.js";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { probeFakeRdpServer, tlsLayer } from "../support/probe-fake-rdp-server.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const now = new Date("2030-01-01T00:00:00Z");
const cert = makeCertificate({
  notBefore: new Date("2029-06-01T00:00:00Z"),
  notAfter: new Date("2031-06-01T00:00:00Z"),
});
const tls = { kind: "tls", keyPem: cert.keyPem, certPem: cert.certPem } as const;

describe("probeRdpEndpoint: negotiation", () => {
  it("GIVEN a TLS-layer server THEN it asks as a current, a TLS-only and a legacy client, each on its own connection", async () => {
    const { server } = await probeFakeRdpServer(servers, { confirm: tlsLayer, afterConfirm: tls });
    expect(server.requests.slice(0, 3).sort()).toEqual([0x00, 0x01, 0x0b]);
  });

  it("GIVEN a TLS-layer server with a valid certificate THEN it reports SSL selected, TLS required for legacy clients, and no TLS fault", async () => {
    const { ids, result } = await probeFakeRdpServer(
      servers,
      { confirm: tlsLayer, afterConfirm: tls },
      { now: () => now },
    );
    expect(ids).toEqual(["tcp.open", "rdp.selected.ssl", "rdp.failure.ssl-required", "cert.self-signed"]);
    expect(result.steps.map((step) => step.step)).toEqual([
      "tcp",
      "x224",
      "x224",
      "x224",
      "tls",
      "tls",
      "tls",
      "certificate",
      "ntlm",
    ]);
    expect(result.steps.at(-1)).toMatchObject({ step: "ntlm", status: "not-checked" });
    expect(result.observation.tls?.outcome).toMatchObject({ kind: "established", version: "TLSv1.3" });
    for (const finding of result.findings) {
      expect(finding).toMatchObject({ address: "127.0.0.1", at: now.toISOString() });
    }
  });

  it.each([
    [1, "rdp.failure.ssl-required"],
    [2, "rdp.failure.ssl-not-allowed"],
    [3, "rdp.failure.ssl-cert-not-on-server"],
    [4, "rdp.failure.inconsistent-flags"],
    [5, "rdp.failure.hybrid-required"],
    [6, "rdp.failure.ssl-with-user-auth-required"],
  ])(
    "GIVEN a server answering RDP_NEG_FAILURE %i to every request THEN the probe reports %s",
    async (code, id) => {
      const { ids, result } = await probeFakeRdpServer(servers, { confirm: () => ({ kind: "fail", code }) });
      expect(ids).toEqual(["tcp.open", id]);
      expect(result.observation.tls).toBeNull();
    },
  );

  it("GIVEN an NLA server THEN it reports HYBRID selected and HYBRID required, and TLS runs on the HYBRID connection", async () => {
    const nla = (requested: number | null) =>
      requested !== null && (requested & 0x02) !== 0
        ? ({ kind: "select", protocol: 0x02 } as const)
        : ({ kind: "fail", code: 5 } as const);
    const { ids, result } = await probeFakeRdpServer(servers, { confirm: nla, afterConfirm: tls });
    expect(ids).toEqual(expect.arrayContaining(["rdp.selected.hybrid", "rdp.failure.hybrid-required"]));
    expect(result.observation.tls).toMatchObject({ client: "modern", outcome: { kind: "established" } });
  });

  it("GIVEN a server selecting HYBRID_EX THEN the probe reports rdp.selected.hybrid-ex", async () => {
    const { ids } = await probeFakeRdpServer(servers, {
      confirm: () => ({ kind: "select", protocol: 0x08 }),
      afterConfirm: tls,
    });
    expect(ids).toContain("rdp.selected.hybrid-ex");
  });

  it("GIVEN a confirm selecting 0x80000010 THEN the probe reports rdp.selected.unknown in unsigned hex and tries no TLS", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: () => ({ kind: "select", protocol: 0x80000010 }),
    });
    expect(ids).toEqual(["tcp.open", "rdp.selected.unknown"]);
    const detail = result.findings[1]?.detail ?? "";
    expect(detail).toContain("0x80000010");
    expect(detail).not.toContain("-0x");
    expect(result.steps.find((step) => step.step === "tls")?.status).toBe("not-checked");
  });

  it("GIVEN an RDP-security-only server that selects RDP instead of failing (xrdp) THEN the probe reports rdp.selected.rdp and tries no TLS", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: () => ({ kind: "select", protocol: 0 }),
    });
    expect(ids).toEqual(["tcp.open", "rdp.selected.rdp"]);
    expect(result.steps.find((step) => step.step === "tls")?.status).toBe("not-checked");
  });

  it("GIVEN a pre-2008 server that ignores negotiation THEN the probe reports rdp.legacy-server", async () => {
    const { ids } = await probeFakeRdpServer(servers, { confirm: () => ({ kind: "legacy" }) });
    expect(ids).toEqual(["tcp.open", "rdp.legacy-server"]);
  });

  it("GIVEN an HTTP server on the port THEN the probe reports rdp.not-rdp", async () => {
    const bytes = Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n");
    const { ids, result } = await probeFakeRdpServer(servers, { confirm: () => ({ kind: "bytes", bytes }) });
    expect(ids).toEqual(["tcp.open", "rdp.not-rdp"]);
    expect(result.findings[1]?.detail).toContain("48 54 54 50");
  });

  it("GIVEN a server that never answers THEN the probe reports rdp.no-confirm within a bounded time", async () => {
    const { ids, elapsedMs } = await probeFakeRdpServer(
      servers,
      { confirm: () => ({ kind: "silence" }) },
      { timeoutMs: 1000 },
    );
    expect(ids).toEqual(["tcp.open", "rdp.no-confirm"]);
    expect(elapsedMs).toBeLessThan(5000);
  });

  it("GIVEN a server that resets on the request THEN the probe reports rdp.no-confirm", async () => {
    const { ids } = await probeFakeRdpServer(servers, { confirm: () => ({ kind: "reset" }) });
    expect(ids).toEqual(["tcp.open", "rdp.no-confirm"]);
  });

  it("GIVEN a server answering with an MCS disconnect instead of a confirm THEN the probe reports rdp.no-confirm", async () => {
    const bytes = Buffer.from("0300000902f0802180", "hex");
    const { ids } = await probeFakeRdpServer(servers, { confirm: () => ({ kind: "bytes", bytes }) });
    expect(ids).toEqual(["tcp.open", "rdp.no-confirm"]);
  });

  it("GIVEN a hostile server streaming endless bytes THEN the probe ends in bounded time, reads at most 64 KiB and closes every connection", async () => {
    const { ids, result, server, elapsedMs } = await probeFakeRdpServer(servers, {
      confirm: () => ({ kind: "endless" }),
    });
    expect(ids).toEqual(["tcp.open", "rdp.not-rdp"]);
    expect(elapsedMs).toBeLessThan(5000);
    for (const negotiation of result.observation.negotiations) {
      expect(negotiation.outcome.kind === "answered" && negotiation.outcome.bytesRead).toBeLessThanOrEqual(
        64 * 1024,
      );
    }
    await expect.poll(() => server.openConnections(), { timeout: 2000 }).toBe(0);
  });

  it("GIVEN a closed port THEN the probe reports tcp.refused and nothing about RDP", async () => {
    const port = await unusedLoopbackPort();
    const result = await probeRdpEndpoint({
      address: "127.0.0.1",
      port,
      host: "rdp-lab.local",
      timeoutMs: 2000,
    });
    expect(result.findings.map((finding) => finding.id)).toEqual(["tcp.refused"]);
    expect(result.steps[0]).toMatchObject({ step: "tcp", status: "failed" });
  });

  it("GIVEN the signal aborts while the server is silent THEN the probe returns early with no RDP finding", async () => {
    const server = await startFakeRdpServer({ confirm: () => ({ kind: "silence" }) });
    servers.push(server);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const result = await probeRdpEndpoint({
      address: server.address,
      port: server.port,
      host: "rdp-lab.local",
      timeoutMs: 10_000,
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.findings.map((finding) => finding.id)).toEqual(["tcp.open"]);
    expect(result.steps.filter((step) => step.step === "x224").map((step) => step.status)).toEqual([
      "inconclusive",
      "inconclusive",
      "inconclusive",
    ]);
  });

  it("GIVEN an onStep listener THEN it receives every step, in report order", async () => {
    const seen: ProbeStep[] = [];
    const { result } = await probeFakeRdpServer(
      servers,
      { confirm: tlsLayer, afterConfirm: tls },
      { onStep: (step) => seen.push(step) },
    );
    expect(seen).toEqual(result.steps);
  });
});
