import { z } from "zod";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { rdpProtocol } from "../../src/probes/rdp-protocol.js";
import {
  type Answer,
  type CertificateClaim,
  type SecurityProtocol,
  sortedProtocols,
  sortedVersions,
  type TlsVersion,
  type ToolAnswers,
  tlsVersionNamed,
} from "./bench-facts.js";

// Step data is typed `Record<string, unknown>` (it is --json output), so it is checked here, once.
const x224Data = z.object({
  kind: z.string(),
  confirm: z.object({ kind: z.string(), selectedProtocol: z.number().optional() }).optional(),
});
const versionSweepData = z.object({
  sweep: z.literal("versions"),
  attempts: z.array(z.object({ version: z.string(), kind: z.string() })),
});
const handshakeData = z.object({ kind: z.string() });
const certificateData = z.object({ notBefore: z.string(), notAfter: z.string() });

const unfinished = new Set(["stalled", "aborted"]);

/**
 * rdp-fix's answers, read from the steps it reports (what `rdp-fix probe --json` prints): the X.224 step of
 * each client profile, the TLS version sweep and the certificate step.
 */
export function readRdpFixAnswers(steps: readonly ProbeStep[]): ToolAnswers {
  const negotiations = steps.filter((step) => step.step === "x224");
  const tls = tlsState(steps, negotiations);
  return {
    protocols: readProtocols(negotiations),
    versions: readVersions(steps, tls),
    certificate: readCertificate(steps, tls),
  };
}

type TlsState =
  | { kind: "absent" | "not-selected" | "not-determined"; detail: string }
  | { kind: "reached"; detail: string };

function tlsState(steps: readonly ProbeStep[], negotiations: readonly ProbeStep[]): TlsState {
  const handshake = steps.find((step) => step.step === "tls");
  if (!handshake) return { kind: "absent", detail: "no TLS step" };
  const detail = handshake.summary;
  if (handshake.status === "not-checked") {
    const allAnswered = negotiations.every((step) => x224Data.safeParse(step.data).data?.kind === "answered");
    return { kind: allAnswered && negotiations.length > 0 ? "not-selected" : "not-determined", detail };
  }
  const outcome = handshakeData.safeParse(handshake.data).data?.kind ?? "";
  return { kind: unfinished.has(outcome) ? "not-determined" : "reached", detail };
}

function readProtocols(negotiations: readonly ProbeStep[]): Answer<SecurityProtocol[]> {
  const detail = negotiations.map((step) => step.summary).join("; ");
  if (negotiations.length === 0) return { kind: "no-answer", detail: "no X.224 step" };
  const accepted: SecurityProtocol[] = [];
  for (const step of negotiations) {
    const data = x224Data.safeParse(step.data).data;
    if (data?.kind !== "answered") return { kind: "undetermined", detail };
    if (data.confirm?.kind === "legacy") accepted.push("RDP");
    if (data.confirm?.kind === "response") accepted.push(...selected(data.confirm.selectedProtocol));
  }
  return { kind: "claims", value: sortedProtocols(accepted), detail };
}

function selected(protocol: number | undefined): SecurityProtocol[] {
  if (protocol === rdpProtocol.rdp) return ["RDP"];
  if (protocol === rdpProtocol.ssl) return ["TLS"];
  if (protocol === rdpProtocol.hybrid || protocol === rdpProtocol.hybridEx) return ["NLA"];
  return [];
}

function readVersions(steps: readonly ProbeStep[], tls: TlsState): Answer<TlsVersion[]> {
  if (tls.kind === "absent") return { kind: "no-answer", detail: tls.detail };
  if (tls.kind === "not-selected") return { kind: "claims", value: [], detail: tls.detail };
  if (tls.kind === "not-determined") return { kind: "undetermined", detail: tls.detail };
  for (const step of steps) {
    const sweep = versionSweepData.safeParse(step.data).data;
    if (!sweep) continue;
    if (sweep.attempts.some((attempt) => unfinished.has(attempt.kind))) {
      return { kind: "undetermined", detail: step.summary };
    }
    const accepted = sweep.attempts.flatMap((attempt) => {
      const version = attempt.kind === "established" ? tlsVersionNamed[attempt.version] : undefined;
      return version ? [version] : [];
    });
    return { kind: "claims", value: sortedVersions(accepted), detail: step.summary };
  }
  return { kind: "undetermined", detail: `${tls.detail}; no version sweep` };
}

function readCertificate(steps: readonly ProbeStep[], tls: TlsState): Answer<CertificateClaim> {
  const step = steps.find((candidate) => candidate.step === "certificate");
  const dates = certificateData.safeParse(step?.data).data;
  if (step && dates) {
    const value = { kind: "dates" as const, notBefore: dates.notBefore, notAfter: dates.notAfter };
    return { kind: "claims", value, detail: step.summary };
  }
  if (tls.kind === "absent") return { kind: "no-answer", detail: tls.detail };
  if (tls.kind === "not-determined" || step?.status === "inconclusive") {
    return { kind: "undetermined", detail: step?.summary ?? tls.detail };
  }
  return { kind: "claims", value: { kind: "none" }, detail: step?.summary ?? tls.detail };
}
