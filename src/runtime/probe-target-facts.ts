import type { CertificateFacts } from "../probes/certificate-facts.js";
import type { ConnectionConfirm } from "../probes/connection-confirm.js";
import type { ProbeReport } from "../probes/probe-report.js";
import { rdpProtocolName } from "../probes/rdp-protocol.js";

/** The certificate a listener presents, as far as a watch or a scrape compares it. */
export interface TargetCertificate {
  subject: string;
  notBefore: string;
  notAfter: string;
  thumbprintSha1: string;
}

/** Who answered the NTLM CHALLENGE: the machine behind the name, and how far its clock is from ours. */
export interface TargetNtlmIdentity {
  computer: string | null;
  domain: string | null;
  clockOffsetSeconds: number | null;
}

/**
 * The facts of one probe run that the exporter publishes and a watch compares between checks, in a shape
 * that survives JSON (a watch stores it as its last result). Across every address the name resolved to.
 */
export interface TargetFacts {
  /** TCP connected on some address. */
  portOpen: boolean;
  /** Some client profile got a protocol selected: the RDP negotiation completed. */
  negotiated: boolean;
  /** Selected protocols in MS-RDPBCGR's names (RDP, SSL, HYBRID, HYBRID_EX), sorted. */
  protocols: string[];
  /** TLS versions the version sweep got a handshake with (TLSv1 ... TLSv1.3), sorted. */
  tlsVersions: string[];
  certificate: TargetCertificate | null;
  ntlm: TargetNtlmIdentity | null;
  /** Finding ids, sorted. */
  findings: string[];
  durationSeconds: number;
}

/** What a probe report says about the target, for the exporter and for watches. */
export function probeTargetFacts(report: ProbeReport): TargetFacts {
  const protocols = new Set<string>();
  const tlsVersions = new Set<string>();
  let portOpen = false;
  let certificate: TargetCertificate | null = null;
  let ntlm: TargetNtlmIdentity | null = null;
  for (const step of report.steps) {
    const data = step.data ?? {};
    if (step.step === "tcp" && step.status === "ok") portOpen = true;
    if (step.step === "x224" && data.kind === "answered") {
      const protocol = selectedProtocol(data.confirm as ConnectionConfirm | undefined);
      if (protocol !== undefined) protocols.add(protocol);
    }
    if (step.step === "tls" && data.sweep === "versions" && Array.isArray(data.attempts)) {
      for (const attempt of data.attempts as Array<{ version?: unknown; kind?: unknown }>) {
        if (attempt.kind === "established" && typeof attempt.version === "string")
          tlsVersions.add(attempt.version);
      }
    }
    if (step.step === "certificate" && typeof data.thumbprintSha1 === "string" && certificate === null) {
      const c = data as unknown as CertificateFacts;
      certificate = {
        subject: c.subject,
        notBefore: c.notBefore,
        notAfter: c.notAfter,
        thumbprintSha1: c.thumbprintSha1,
      };
    }
    if (step.step === "ntlm" && step.status === "ok" && ntlm === null) ntlm = ntlmIdentity(data);
  }
  return {
    portOpen,
    negotiated: protocols.size > 0,
    protocols: [...protocols].sort(),
    tlsVersions: [...tlsVersions].sort(),
    certificate,
    ntlm,
    findings: [...new Set(report.findings.map((f) => f.id))].sort(),
    durationSeconds: report.durationMs / 1000,
  };
}

function selectedProtocol(confirm: ConnectionConfirm | undefined): string | undefined {
  if (confirm?.kind === "response") return rdpProtocolName(confirm.selectedProtocol);
  // A pre-2008 server's confirm selects standard RDP security without saying so.
  if (confirm?.kind === "legacy") return "RDP";
  return undefined;
}

function ntlmIdentity(data: Record<string, unknown>): TargetNtlmIdentity {
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const offsetMs = typeof data.clockOffsetMs === "number" ? data.clockOffsetMs : null;
  return {
    computer: text(data.dnsComputerName) ?? text(data.netbiosComputerName),
    domain: text(data.dnsDomainName) ?? text(data.netbiosDomainName),
    clockOffsetSeconds: offsetMs === null ? null : offsetMs / 1000,
  };
}
