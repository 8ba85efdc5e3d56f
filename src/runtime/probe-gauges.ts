import { Gauge, Registry } from "prom-client";
import type { TargetFacts } from "./probe-target-facts.js";

/** Every label value a target reports 0 or 1 for, so a rule can alert on "went to 0" and not on "vanished". */
const tlsVersions = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"] as const;
const protocols = ["RDP", "SSL", "HYBRID", "HYBRID_EX"] as const;

/** One target's facts, with the labels that say which target it is (none for a scrape's own target). */
export interface ProbeSample {
  labels: Readonly<Record<string, string>>;
  facts: TargetFacts;
}

/**
 * One scrape's answer in the Prometheus text format, in a registry of its own (the multi-target pattern:
 * the series describe the target of this request, never the process), rendered by prom-client.
 */
export async function renderProbeGauges(facts: TargetFacts): Promise<{ contentType: string; body: string }> {
  const registry = probeGaugeRegistry([{ labels: {}, facts }], []);
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/**
 * The rdp_fix_* gauges of several targets in a fresh registry, each series labelled by `labelNames` (e.g.
 * `target` for the watched endpoints on /metrics). The same names and help as a scrape, so one alert rule
 * reads both.
 */
export function probeGaugeRegistry(samples: readonly ProbeSample[], labelNames: readonly string[]): Registry {
  const registry = new Registry();
  /**
   * A gauge is registered at its first value: an unlabelled gauge that is never set would still render a 0,
   * and a certificate that expired at the epoch is worse than no certificate series at all.
   */
  const gauge = (name: string, help: string, extra: readonly string[] = []) => {
    let registered: Gauge | undefined;
    return (labels: Readonly<Record<string, string>>, value: number) => {
      registered ??= new Gauge({ name, help, labelNames: [...labelNames, ...extra], registers: [registry] });
      registered.set(labels, value);
    };
  };
  const success = gauge(
    "rdp_fix_probe_success",
    "1 when the RDP negotiation completed (a protocol was selected).",
  );
  const duration = gauge("rdp_fix_probe_duration_seconds", "How long the probe run took.");
  const portOpen = gauge("rdp_fix_port_open", "1 when TCP connected to the RDP port.");
  const notAfter = gauge(
    "rdp_fix_certificate_not_after_timestamp_seconds",
    "The RDP certificate's notAfter (Unix time).",
  );
  const notBefore = gauge(
    "rdp_fix_certificate_not_before_timestamp_seconds",
    "The RDP certificate's notBefore (Unix time).",
  );
  const versions = gauge(
    "rdp_fix_tls_version_accepted",
    "1 for each TLS version the listener completed a handshake with, after the X.224 negotiation.",
    ["version"],
  );
  const selected = gauge(
    "rdp_fix_security_protocol_selected",
    "1 for each security protocol the server selected for some client profile (modern, TLS-only, legacy).",
    ["protocol"],
  );
  const finding = gauge(
    "rdp_fix_finding",
    "1 for each finding id of this probe run (the stable ids of DESIGN section 5).",
    ["id"],
  );
  const offset = gauge(
    "rdp_fix_ntlm_clock_offset_seconds",
    "The server's clock minus ours, from its NTLM CHALLENGE.",
  );
  for (const { labels, facts } of samples) {
    success(labels, Number(facts.negotiated));
    duration(labels, facts.durationSeconds);
    portOpen(labels, Number(facts.portOpen));
    if (facts.certificate) {
      notAfter(labels, seconds(facts.certificate.notAfter));
      notBefore(labels, seconds(facts.certificate.notBefore));
    }
    for (const version of new Set([...tlsVersions, ...facts.tlsVersions]))
      versions({ ...labels, version }, Number(facts.tlsVersions.includes(version)));
    for (const protocol of new Set([...protocols, ...facts.protocols]))
      selected({ ...labels, protocol }, Number(facts.protocols.includes(protocol)));
    for (const id of facts.findings) finding({ ...labels, id }, 1);
    const clockOffset = facts.ntlm?.clockOffsetSeconds;
    if (clockOffset !== undefined && clockOffset !== null) offset(labels, clockOffset);
  }
  return registry;
}

function seconds(iso: string): number {
  return Date.parse(iso) / 1000;
}
