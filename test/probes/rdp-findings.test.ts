import { describe, expect, it } from "vitest";
import type { ConnectionConfirm } from "../../src/probes/connection-confirm.js";
import type { NegotiationOutcome } from "../../src/probes/negotiate-x224.js";
import type { NegotiationRecord, RdpEndpointObservation } from "../../src/probes/rdp-endpoint-observation.js";
import { rdpFindings } from "../../src/probes/rdp-findings.js";
import type { TlsOutcome } from "../../src/probes/tls-outcome.js";

const answered = (confirm: ConnectionConfirm): NegotiationOutcome => ({
  kind: "answered",
  confirm,
  bytesRead: 19,
  durationMs: 2,
  tcpMs: 1,
});
const selected = (selectedProtocol: number) => answered({ kind: "response", selectedProtocol, flags: 0 });
const established: TlsOutcome = {
  kind: "established",
  version: "TLSv1.3",
  cipher: "TLS_AES_256_GCM_SHA384",
  durationMs: 3,
};
const refusedTls: TlsOutcome = {
  kind: "failed",
  reason: "alert",
  code: "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
  message: "alert",
  firstBytes: "15 03 03",
  durationMs: 1,
};

function observe(
  outcomes: [NegotiationOutcome, NegotiationOutcome, NegotiationOutcome],
  tls: Partial<Pick<RdpEndpointObservation, "tls" | "versionSweep" | "cipherSweep">> = {},
): RdpEndpointObservation {
  const clients = ["modern", "tls-only", "legacy"] as const;
  const requested = [0x0b, 0x01, 0x00];
  const negotiations: NegotiationRecord[] = outcomes.map((outcome, i) => ({
    client: clients[i] ?? "modern",
    requestedProtocols: requested[i] ?? 0,
    outcome,
  }));
  return {
    host: "rdp-lab.local",
    port: 3389,
    address: "127.0.0.1",
    negotiations,
    tls: null,
    versionSweep: null,
    cipherSweep: null,
    certificate: null,
    ntlm: null,
    ...tls,
  };
}

const ids = (observation: RdpEndpointObservation) => rdpFindings(observation).map((finding) => finding.id);

describe("rdpFindings", () => {
  it("GIVEN a negotiate-layer server that gives legacy clients RDP security THEN RDP selected for them is no finding", () => {
    expect(ids(observe([selected(1), selected(1), selected(0)]))).toEqual(["tcp.open", "rdp.selected.ssl"]);
  });

  it("GIVEN a TLS-only client answered with RDP security THEN the server is reported RDP-security only", () => {
    expect(ids(observe([selected(2), selected(0), selected(0)]))).toEqual([
      "tcp.open",
      "rdp.selected.hybrid",
      "rdp.selected.rdp",
    ]);
  });

  it("GIVEN a connection the server reset while it was being set up THEN it counts as opened with no confirm, never as refused", () => {
    const reset: NegotiationOutcome = {
      kind: "tcp-failed",
      tcp: { kind: "reset", code: "ECONNRESET", durationMs: 1 },
    };
    const findings = rdpFindings(observe([reset, reset, selected(0)]));
    expect(findings.map((finding) => finding.id)).toEqual(["tcp.open", "rdp.no-confirm"]);
    expect(findings[0]?.detail).toBe(
      "3 of 3 connections opened, in 1 ms at best; 2 reset by the server right after it accepted them",
    );
    expect(findings[1]?.detail).toContain("accepted the TCP connection and reset it at once (ECONNRESET)");
  });

  it("GIVEN a selected protocol with the high bit set THEN it is rdp.selected.unknown, printed as unsigned hex", () => {
    const findings = rdpFindings(observe([selected(0x80000010), selected(1), selected(0)]));
    expect(findings.map((finding) => finding.id)).toEqual([
      "tcp.open",
      "rdp.selected.unknown",
      "rdp.selected.ssl",
    ]);
    expect(findings[1]?.detail).toBe(
      "a current client: server selected an unknown protocol 0x80000010 (RDSAAD|0x80000000, flags 0x0)",
    );
  });

  it("GIVEN one connection refused among open ones THEN both are reported, as an overloaded listener does", () => {
    const refused: NegotiationOutcome = {
      kind: "tcp-failed",
      tcp: { kind: "refused", code: "ECONNREFUSED", durationMs: 1 },
    };
    const findings = rdpFindings(observe([selected(1), refused, selected(0)]));
    expect(findings.map((finding) => finding.id)).toEqual(["tcp.open", "tcp.refused", "rdp.selected.ssl"]);
    expect(findings[1]?.detail).toBe("1 of 3 connections refused");
  });

  it("GIVEN ICMP unreachable on every connection THEN tcp.unreachable, and no RDP finding", () => {
    const unreachable: NegotiationOutcome = {
      kind: "tcp-failed",
      tcp: { kind: "unreachable", code: "EHOSTUNREACH", durationMs: 3 },
    };
    expect(ids(observe([unreachable, unreachable, unreachable]))).toEqual(["tcp.unreachable"]);
  });

  it("GIVEN a timeout on every connection THEN tcp.timeout", () => {
    const timeout: NegotiationOutcome = { kind: "tcp-failed", tcp: { kind: "timeout", durationMs: 3000 } };
    expect(ids(observe([timeout, timeout, timeout]))).toEqual(["tcp.timeout"]);
  });

  it("GIVEN the same answer on several connections THEN one finding whose detail names each client", () => {
    const failure = answered({ kind: "failure", code: 5, reason: "hybrid-required" });
    const findings = rdpFindings(observe([selected(2), failure, failure]));
    const hybridRequired = findings.find((finding) => finding.id === "rdp.failure.hybrid-required");
    expect(hybridRequired?.detail).toBe(
      "a TLS-only client: server refused: HYBRID_REQUIRED_BY_SERVER (5); a legacy client: server refused: HYBRID_REQUIRED_BY_SERVER (5)",
    );
  });

  it("GIVEN an unknown failure code THEN no finding claims to know what it means", () => {
    const unknown = answered({ kind: "failure", code: 42, reason: "unknown" });
    expect(ids(observe([unknown, unknown, unknown]))).toEqual(["tcp.open"]);
  });

  it("GIVEN a first handshake refused but one sweep attempt accepted THEN it is not tls.handshake-failed", () => {
    const observation = observe([selected(1), selected(1), selected(0)], {
      tls: { client: "modern", outcome: refusedTls },
      versionSweep: [
        { version: "TLSv1", outcome: established },
        { version: "TLSv1.1", outcome: refusedTls },
        { version: "TLSv1.2", outcome: refusedTls },
        { version: "TLSv1.3", outcome: refusedTls },
      ],
      cipherSweep: [],
    });
    expect(ids(observation)).toEqual(["tcp.open", "rdp.selected.ssl", "tls.legacy-only"]);
  });

  it("GIVEN every TLS attempt refused THEN tls.handshake-failed says how many failed", () => {
    const observation = observe([selected(1), selected(1), selected(0)], {
      tls: { client: "modern", outcome: refusedTls },
      versionSweep: [{ version: "TLSv1.2", outcome: refusedTls }],
      cipherSweep: [],
    });
    const failed = rdpFindings(observation).find((finding) => finding.id === "tls.handshake-failed");
    expect(failed?.detail).toMatch(/^2 of 2 TLS attempts failed; the server refused the handshake/);
  });
});
