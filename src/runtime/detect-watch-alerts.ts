import type { TargetFacts } from "./probe-target-facts.js";
import type { WatchAlert } from "./watch-alert.js";

/** Which certificate condition holds: the worse one only, so "expired" replaces "expiring" without a "resolved". */
export type CertificateCondition = "none" | "cert-expiring" | "cert-expired";

/** What a watch keeps from its last check to compare the next one with (stored as JSON). */
export interface WatchCheckState {
  facts: TargetFacts;
  /** Carried over while no certificate can be read (port closed), so a closed port neither raises nor clears it. */
  certificate: CertificateCondition;
  portClosed: boolean;
}

export interface WatchAlertRules {
  /** RDP_FIX_WATCH_CERT_DAYS: warn this many days before notAfter. */
  certDays: number;
  now: Date;
}

const dayMs = 86_400_000;

/**
 * From the last check's state and this check's facts: the alerts, and the state to keep. Pure: the clock is
 * an argument. A first check raises the conditions that hold (an expiring certificate, a closed port) but
 * reports no changes; later checks compare what the probes saw only where both checks got that far.
 */
export function detectWatchAlerts(
  previous: WatchCheckState | undefined,
  facts: TargetFacts,
  rules: WatchAlertRules,
): { alerts: WatchAlert[]; state: WatchCheckState } {
  const alerts: WatchAlert[] = [];
  const portClosed = !facts.portOpen;
  if (portClosed !== (previous?.portClosed ?? false))
    alerts.push({ kind: "port-closed", state: portClosed ? "raised" : "resolved" });

  const certificate = certificateCondition(facts, rules) ?? previous?.certificate ?? "none";
  const before = previous?.certificate ?? "none";
  if (certificate !== before) alerts.push(certificateAlert(certificate, before, facts, previous, rules));

  const last = previous?.facts;
  if (last?.negotiated && facts.negotiated) alerts.push(...changes(last, facts));
  return { alerts, state: { facts, certificate, portClosed } };
}

function certificateCondition(facts: TargetFacts, rules: WatchAlertRules): CertificateCondition | undefined {
  if (!facts.certificate) return undefined;
  const left = Date.parse(facts.certificate.notAfter) - rules.now.getTime();
  if (left <= 0) return "cert-expired";
  return left <= rules.certDays * dayMs ? "cert-expiring" : "none";
}

function certificateAlert(
  now: CertificateCondition,
  before: CertificateCondition,
  facts: TargetFacts,
  previous: WatchCheckState | undefined,
  rules: WatchAlertRules,
): WatchAlert {
  if (now === "none") {
    // Resolved: said of the condition that held, with the certificate that now stands.
    const notAfter = facts.certificate?.notAfter ?? previous?.facts.certificate?.notAfter ?? "";
    return before === "cert-expired"
      ? { kind: "cert-expired", state: "resolved", notAfter }
      : { kind: "cert-expiring", state: "resolved", notAfter, daysLeft: daysLeft(notAfter, rules.now) };
  }
  const notAfter = facts.certificate?.notAfter ?? "";
  return now === "cert-expired"
    ? { kind: "cert-expired", state: "raised", notAfter }
    : { kind: "cert-expiring", state: "raised", notAfter, daysLeft: daysLeft(notAfter, rules.now) };
}

function changes(last: TargetFacts, facts: TargetFacts): WatchAlert[] {
  const alerts: WatchAlert[] = [];
  if (!sameList(last.protocols, facts.protocols))
    alerts.push({
      kind: "protocols-changed",
      before: last.protocols,
      after: facts.protocols,
      meaning: protocolMeaning(last.protocols, facts.protocols),
    });
  if (
    !sameList(last.tlsVersions, facts.tlsVersions) &&
    last.tlsVersions.length + facts.tlsVersions.length > 0
  )
    alerts.push({ kind: "tls-versions-changed", before: last.tlsVersions, after: facts.tlsVersions });
  const [was, is] = [last.certificate, facts.certificate];
  if (was && is && was.thumbprintSha1 !== is.thumbprintSha1)
    alerts.push({
      kind: "certificate-replaced",
      before: was.thumbprintSha1,
      after: is.thumbprintSha1,
      notAfter: is.notAfter,
    });
  const [who, now] = [last.ntlm, facts.ntlm];
  if (who && now && (who.computer !== now.computer || who.domain !== now.domain))
    alerts.push({ kind: "ntlm-identity-changed", before: who, after: now });
  return alerts;
}

const nla = (protocols: string[]) => protocols.some((p) => p === "HYBRID" || p === "HYBRID_EX");

function protocolMeaning(before: string[], after: string[]) {
  const meaning: Array<"nla-dropped" | "nla-offered" | "tls-only" | "rdp-only"> = [];
  if (nla(before) && !nla(after)) meaning.push("nla-dropped");
  if (!nla(before) && nla(after)) meaning.push("nla-offered");
  if (sameList(after, ["SSL"])) meaning.push("tls-only");
  if (sameList(after, ["RDP"])) meaning.push("rdp-only");
  return meaning;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function daysLeft(notAfter: string, now: Date): number {
  return Math.floor((Date.parse(notAfter) - now.getTime()) / dayMs);
}
