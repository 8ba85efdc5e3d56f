import type { ObservedFinding } from "../engine/observed-finding.js";
import { type CertificateReading, certificateFacts } from "./certificate-facts.js";
import { clientProfiles } from "./client-profile.js";
import { negotiateX224 } from "./negotiate-x224.js";
import { negotiationSteps } from "./negotiation-steps.js";
import { ntlmStep } from "./ntlm-step.js";
import { probeNtlmIdentity } from "./probe-ntlm-identity.js";
import type { ProbeStep } from "./probe-report.js";
import type { NegotiationRecord, RdpEndpointObservation } from "./rdp-endpoint-observation.js";
import { rdpFindings } from "./rdp-findings.js";
import { rdpProtocol } from "./rdp-protocol.js";
import { type PendingNegotiation, runTlsPhase, type TlsPhase } from "./run-tls-phase.js";
import { tlsSteps } from "./tls-steps.js";

export interface RdpEndpointRequest {
  /** The resolved IP address the policy allowed; never a name. */
  address: string;
  port: number;
  /** The name the user typed: SNI and the certificate name check use it. */
  host: string;
  /** Bounds each phase of each connection: the connect, the wait for the confirm, the TLS handshake. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** The clock for certificate dates and finding times; tests pass a fixed one. */
  now?: () => Date;
  /** Called as steps complete, for live progress. */
  onStep?: (step: ProbeStep) => void;
  /** Sent as `Cookie: mstshash=...`, so the server's logs can say who knocked. */
  cookie?: string;
}

export interface RdpEndpointProbe {
  steps: ProbeStep[];
  findings: ObservedFinding[];
  observation: RdpEndpointObservation;
}

/**
 * Probes RDP over TCP at one address: a Connection Request per client profile, each on its own connection and
 * all at once; TLS on the first connection that selected a TLS protocol; the version and cipher sweeps; the
 * certificate; when a request got HYBRID or HYBRID_EX, the server's NTLM identity. Never throws for a network outcome; aborting the signal ends everything still running.
 */
export async function probeRdpEndpoint(request: RdpEndpointRequest): Promise<RdpEndpointProbe> {
  const now = request.now ?? (() => new Date());
  const pending: PendingNegotiation[] = clientProfiles.map((profile) => ({
    profile,
    negotiation: negotiateX224({
      ...request,
      requestedProtocols: profile.requestedProtocols,
      keepTlsSocket: profile.client !== "legacy",
    }),
  }));
  const tlsPhase = runTlsPhase(request, pending);
  const records: NegotiationRecord[] = await Promise.all(
    pending.map(async ({ profile, negotiation }) => ({
      client: profile.client,
      requestedProtocols: profile.requestedProtocols,
      outcome: (await negotiation).outcome,
    })),
  );
  const early = negotiationSteps(request.address, request.port, records);
  for (const step of early) request.onStep?.(step);

  // Alongside the TLS sweeps, on a connection of its own: the server's word on who it is.
  const nla = records.find(selectsNla);
  const ntlmPhase =
    nla === undefined
      ? null
      : probeNtlmIdentity({ ...request, now, requestedProtocols: nla.requestedProtocols });
  const tls = await tlsPhase;
  const ntlm = ntlmPhase === null ? null : await ntlmPhase;
  const observation: RdpEndpointObservation = {
    host: request.host,
    port: request.port,
    address: request.address,
    negotiations: records,
    ...tls,
    certificate: readCertificate(tls, request.host, now()),
    ntlm,
  };
  const late = [...tlsSteps(observation), ntlmStep(request.address, ntlm)];
  for (const step of late) request.onStep?.(step);

  const at = now().toISOString();
  const findings = rdpFindings(observation).map(({ id, detail }) => ({
    id,
    detail,
    address: request.address,
    at,
  }));
  return { steps: [...early, ...late], findings, observation };
}

function selectsNla({ outcome }: NegotiationRecord): boolean {
  return (
    outcome.kind === "answered" &&
    outcome.confirm.kind === "response" &&
    (outcome.confirm.selectedProtocol === rdpProtocol.hybrid ||
      outcome.confirm.selectedProtocol === rdpProtocol.hybridEx)
  );
}

/** From the first handshake that delivered one: the first attempt, else any sweep attempt. */
function readCertificate(tls: TlsPhase, host: string, now: Date): CertificateReading | null {
  const outcomes = [
    ...(tls.tls === null ? [] : [tls.tls.outcome]),
    ...(tls.versionSweep ?? []).map((p) => p.outcome),
    ...(tls.cipherSweep ?? []).map((p) => p.outcome),
  ];
  for (const outcome of outcomes) {
    if (outcome.kind === "established" && outcome.certificateDer !== undefined) {
      return certificateFacts(outcome.certificateDer, host, now);
    }
  }
  return null;
}
