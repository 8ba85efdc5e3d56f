import type { CertificateReading } from "./certificate-facts.js";
import { describeTlsOutcome } from "./describe-tls-outcome.js";
import type { ProbeStep } from "./probe-report.js";
import type { RdpEndpointObservation } from "./rdp-endpoint-observation.js";
import type { TlsAttemptOutcome } from "./tls-attempt.js";

/** The TLS handshake, the two sweeps and the certificate, each as a step; "not-checked" when never reached. */
export function tlsSteps(observation: RdpEndpointObservation): ProbeStep[] {
  const { address, tls, versionSweep, cipherSweep, certificate } = observation;
  if (tls === null) {
    const summary = "TLS not tried: no request was answered with a TLS protocol";
    return [{ step: "tls", address, status: "not-checked", summary, durationMs: 0 }];
  }
  const steps: ProbeStep[] = [
    {
      step: "tls",
      address,
      status: stepStatus(tls.outcome),
      summary: `TLS handshake: ${describeTlsOutcome(tls.outcome)}`,
      durationMs: durationOf(tls.outcome),
      data: { client: tls.client, ...plain(tls.outcome) },
    },
  ];
  if (versionSweep !== null) {
    const accepted = versionSweep.filter((p) => p.outcome.kind === "established").map((p) => p.version);
    steps.push({
      step: "tls",
      address,
      status: sweepStatus(versionSweep.map((p) => p.outcome)),
      summary: `TLS versions accepted: ${accepted.length > 0 ? accepted.join(", ") : "none"}`,
      durationMs: Math.max(0, ...versionSweep.map((p) => durationOf(p.outcome))),
      data: {
        sweep: "versions",
        attempts: versionSweep.map((p) => ({ version: p.version, ...plain(p.outcome) })),
      },
    });
  }
  if (cipherSweep !== null) {
    const accepted = cipherSweep.filter((p) => p.outcome.kind === "established").map((p) => p.family);
    steps.push({
      step: "tls",
      address,
      status: sweepStatus(cipherSweep.map((p) => p.outcome)),
      summary: `TLS 1.2 cipher families accepted: ${accepted.length > 0 ? accepted.join(", ") : "none"}`,
      durationMs: Math.max(0, ...cipherSweep.map((p) => durationOf(p.outcome))),
      data: {
        sweep: "ciphers",
        attempts: cipherSweep.map((p) => ({
          family: p.family,
          offeredByWindows: p.offeredByWindows,
          ...plain(p.outcome),
        })),
      },
    });
  }
  steps.push(certificateStep(address, certificate));
  return steps;
}

function certificateStep(address: string, certificate: CertificateReading | null): ProbeStep {
  if (certificate === null) {
    return {
      step: "certificate",
      address,
      status: "not-checked",
      summary: "no certificate received",
      durationMs: 0,
    };
  }
  if (certificate.kind === "unreadable") {
    const summary = `certificate unreadable: ${certificate.message}`;
    return { step: "certificate", address, status: "inconclusive", summary, durationMs: 0 };
  }
  const f = certificate.facts;
  const problems = [
    f.expired && "expired",
    f.notYetValid && "not yet valid",
    f.expiringSoon && "expiring soon",
    f.nameMatch.kind === "mismatch" && `does not name ${f.host}`,
    f.weakKey && "weak key",
    f.weakSignature && "weak signature",
  ].filter((p): p is string => typeof p === "string");
  const who = f.commonName ?? f.subject;
  const summary = `${who}${f.selfSigned ? " (self-signed)" : ""}, ${f.key.type} ${f.key.bits ?? "?"}-bit, valid to ${f.notAfter.slice(0, 10)} (${f.daysLeft} days)${problems.length > 0 ? `: ${problems.join(", ")}` : ""}`;
  return {
    step: "certificate",
    address,
    status: problems.length > 0 ? "failed" : "ok",
    summary,
    durationMs: 0,
    data: { ...f },
  };
}

function stepStatus(outcome: TlsAttemptOutcome): ProbeStep["status"] {
  if (outcome.kind === "established") return "ok";
  if (outcome.kind === "aborted") return "inconclusive";
  return "failed";
}

function sweepStatus(outcomes: readonly TlsAttemptOutcome[]): ProbeStep["status"] {
  if (outcomes.some((o) => o.kind === "established")) return "ok";
  return outcomes.some((o) => o.kind === "aborted") ? "inconclusive" : "failed";
}

function durationOf(outcome: TlsAttemptOutcome): number {
  return outcome.kind === "not-negotiated" ? 0 : outcome.durationMs;
}

/** Step data goes to --json: no Buffers. */
function plain(outcome: TlsAttemptOutcome): Record<string, unknown> {
  if (outcome.kind !== "established") return { ...outcome };
  const { certificateDer: _der, ...rest } = outcome;
  return rest;
}
