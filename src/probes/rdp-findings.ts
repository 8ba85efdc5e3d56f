import type { CertificateFacts } from "./certificate-facts.js";
import type { ClientKind } from "./client-profile.js";
import type { ConnectionConfirm } from "./connection-confirm.js";
import { describeNegotiation } from "./describe-negotiation.js";
import { describeTlsOutcome } from "./describe-tls-outcome.js";
import type { FindingDraft } from "./finding-draft.js";
import type { FindingId } from "./finding-ids.js";
import { ntlmFindings } from "./ntlm-findings.js";
import type { NegotiationRecord, RdpEndpointObservation } from "./rdp-endpoint-observation.js";
import { rdpProtocol } from "./rdp-protocol.js";
import type { TcpFailure } from "./tcp-connect.js";
import type { TlsAttemptOutcome } from "./tls-attempt.js";
import { acceptedTlsVersions } from "./tls-version-sweep.js";

// Kept where it always was, for the code that imports it from here.
export type { FindingDraft } from "./finding-draft.js";

const clientNames: Record<ClientKind, string> = {
  modern: "a current client",
  "tls-only": "a TLS-only client",
  legacy: "a legacy client",
};

/** The finding ids an RDP-over-TCP observation supports, each once, with what exactly was seen. Pure. */
export function rdpFindings(observation: RdpEndpointObservation): FindingDraft[] {
  const drafts = [
    ...tcpFindings(observation.negotiations),
    ...observation.negotiations.flatMap(negotiationFindings),
    ...tlsFindings(observation),
    ...(observation.certificate?.kind === "parsed" ? certificateFindings(observation.certificate.facts) : []),
    ...ntlmFindings(observation.ntlm, observation.host),
  ];
  return mergeById(drafts);
}

/**
 * TCP outcomes worth a finding; aborts and odd local errors say nothing about the server. A reset is not among
 * them: a peer can only reset a connection whose handshake completed, so the port is reachable (it counts as
 * opened, and the missing confirm is an RDP finding).
 */
const tcpFailureFindings: Record<TcpFailure["kind"], readonly [FindingId, string] | null> = {
  refused: ["tcp.refused", "refused"],
  reset: null,
  timeout: ["tcp.timeout", "timed out"],
  unreachable: ["tcp.unreachable", "unreachable (ICMP)"],
  error: null,
  aborted: null,
};

/** Counted over all connections: a listener that refuses one in three is out of connection slots. */
function tcpFindings(negotiations: readonly NegotiationRecord[]): FindingDraft[] {
  const total = negotiations.length;
  const opened = negotiations.flatMap((n) => (n.outcome.kind === "tcp-failed" ? [] : [n.outcome.tcpMs]));
  const resets = negotiations.filter(
    (n) => n.outcome.kind === "tcp-failed" && n.outcome.tcp.kind === "reset",
  );
  const out: FindingDraft[] = [];
  if (opened.length + resets.length > 0) {
    const fastest = opened.length > 0 ? `, in ${Math.min(...opened)} ms at best` : "";
    const reset =
      resets.length > 0 ? `; ${resets.length} reset by the server right after it accepted them` : "";
    const detail = `${opened.length + resets.length} of ${total} connections opened${fastest}${reset}`;
    out.push({ id: "tcp.open", detail });
  }
  const failures = negotiations.flatMap((n) => (n.outcome.kind === "tcp-failed" ? [n.outcome.tcp.kind] : []));
  for (const [kind, finding] of Object.entries(tcpFailureFindings)) {
    const count = failures.filter((failure) => failure === kind).length;
    if (finding !== null && count > 0)
      out.push({ id: finding[0], detail: `${count} of ${total} connections ${finding[1]}` });
  }
  return out;
}

function negotiationFindings(record: NegotiationRecord): FindingDraft[] {
  const outcome = record.outcome;
  const who = clientNames[record.client];
  const detail = `${who}: ${describeNegotiation(outcome)}`;
  switch (outcome.kind) {
    case "tcp-failed":
      return outcome.tcp.kind === "reset" ? [{ id: "rdp.no-confirm", detail }] : [];
    case "aborted":
      return [];
    case "silent":
    case "closed":
    case "reset":
      return [{ id: "rdp.no-confirm", detail }];
    case "answered": {
      const id = confirmFindingId(outcome.confirm, record.client);
      return id === null ? [] : [{ id, detail }];
    }
  }
}

function confirmFindingId(confirm: ConnectionConfirm, client: ClientKind): FindingId | null {
  switch (confirm.kind) {
    case "response":
      switch (confirm.selectedProtocol) {
        case rdpProtocol.rdp:
          // Asked for TLS and got Standard RDP Security: the server is RDP-security only (xrdp does this
          // instead of failure 2). For a legacy client, RDP is simply the answer it asked for.
          return client === "legacy" ? null : "rdp.selected.rdp";
        case rdpProtocol.ssl:
          return "rdp.selected.ssl";
        case rdpProtocol.hybrid:
          return "rdp.selected.hybrid";
        case rdpProtocol.hybridEx:
          return "rdp.selected.hybrid-ex";
        default:
          // Not one of the protocols a client can continue with: RDSTLS, RDSAAD (never requested here) or junk.
          return "rdp.selected.unknown";
      }
    case "failure":
      return confirm.reason === "unknown" ? null : `rdp.failure.${confirm.reason}`;
    case "legacy":
      return "rdp.legacy-server";
    case "not-rdp":
      return "rdp.not-rdp";
    case "malformed":
      // A well-framed TPKT carrying another TPDU (a disconnect, data) is an RDP stack refusing us, not a stranger.
      return confirm.problem === "not-connection-confirm" ? "rdp.no-confirm" : "rdp.not-rdp";
  }
}

function tlsFindings(observation: RdpEndpointObservation): FindingDraft[] {
  return observation.tls === null ? [] : [...handshakeFindings(observation), ...sweepFindings(observation)];
}

function handshakeFindings({ tls, versionSweep, cipherSweep }: RdpEndpointObservation): FindingDraft[] {
  if (tls === null) return [];
  const attempts: TlsAttemptOutcome[] = [
    tls.outcome,
    ...(versionSweep ?? []).map((p) => p.outcome),
    ...(cipherSweep ?? []).map((p) => p.outcome),
  ];
  const out: FindingDraft[] = [];
  if (tls.outcome.kind === "stalled")
    out.push({ id: "tls.stalled", detail: describeTlsOutcome(tls.outcome) });
  const failed = attempts.filter((a) => a.kind === "failed");
  const plaintext = failed.find((a) => a.reason === "server-plaintext");
  if (plaintext !== undefined) {
    out.push({ id: "tls.server-credential-failure", detail: describeTlsOutcome(plaintext) });
  }
  const noneEstablished = !attempts.some((a) => a.kind === "established");
  const sample = plaintext ?? failed[0];
  if (sample !== undefined && (plaintext !== undefined || noneEstablished)) {
    const detail = `${failed.length} of ${attempts.length} TLS attempts failed; ${describeTlsOutcome(sample)}`;
    out.push({ id: "tls.handshake-failed", detail });
  }
  return out;
}

function sweepFindings({ versionSweep, cipherSweep }: RdpEndpointObservation): FindingDraft[] {
  if (versionSweep === null) return [];
  const versions = acceptedTlsVersions(versionSweep);
  const out: FindingDraft[] = [];
  if (versions.length > 0 && versions.every((v) => v === "TLSv1" || v === "TLSv1.1")) {
    out.push({ id: "tls.legacy-only", detail: `the server accepts only ${versions.join(", ")}` });
  }
  // Schannel before Windows 11 / Server 2022 has no TLS 1.3, so those clients cannot reach such a server.
  if (versions.length > 0 && versions.every((v) => v === "TLSv1.3")) {
    out.push({
      id: "tls.only-1.3",
      detail: "the server accepts only TLS 1.3; clients before Windows 11 cannot negotiate it",
    });
  }
  // A server that speaks TLS 1.3 gets TLS 1.3 from current clients, whatever its TLS 1.2 suites are.
  const tls12Decides = versions.includes("TLSv1.2") && !versions.includes("TLSv1.3");
  const windowsSuiteAccepted = (cipherSweep ?? []).some(
    (p) => p.offeredByWindows && p.outcome.kind === "established",
  );
  if (cipherSweep !== null && tls12Decides && !windowsSuiteAccepted) {
    const detail =
      "on TLS 1.2 the server accepts none of the ECDHE or RSA AES-GCM/CBC suites Windows clients offer";
    out.push({ id: "tls.no-modern-cipher", detail });
  }
  return out;
}

function certificateFindings(facts: CertificateFacts): FindingDraft[] {
  const day = (iso: string) => iso.slice(0, 10);
  const names = [...facts.dnsNames, ...facts.ipAddresses];
  const named = names.length > 0 ? names.join(", ") : (facts.commonName ?? "no name");
  const candidates: Array<[boolean, FindingId, string]> = [
    [facts.expired, "cert.expired", `expired ${day(facts.notAfter)} (${-facts.daysLeft} days ago)`],
    [facts.notYetValid, "cert.not-yet-valid", `valid only from ${day(facts.notBefore)}`],
    [facts.expiringSoon, "cert.expiring-soon", `expires ${day(facts.notAfter)} (in ${facts.daysLeft} days)`],
    [
      facts.nameMatch.kind === "mismatch",
      "cert.name-mismatch",
      `the certificate names ${named}, not ${facts.host}`,
    ],
    [facts.selfSigned, "cert.self-signed", `self-signed: ${facts.subject}`],
    [facts.weakKey, "cert.weak-key", `${facts.key.type.toUpperCase()} ${facts.key.bits ?? "?"}-bit key`],
    [facts.weakSignature, "cert.weak-signature", `signed with ${facts.signatureAlgorithm}`],
  ];
  return candidates.flatMap(([applies, id, detail]) => (applies ? [{ id, detail }] : []));
}

/** One finding per id; when several connections saw the same thing, their details are joined. */
function mergeById(drafts: readonly FindingDraft[]): FindingDraft[] {
  const merged = new Map<FindingId, string[]>();
  for (const draft of drafts) {
    const details = merged.get(draft.id) ?? [];
    if (!details.includes(draft.detail)) details.push(draft.detail);
    merged.set(draft.id, details);
  }
  return [...merged].map(([id, details]) => ({ id, detail: details.join("; ") }));
}
