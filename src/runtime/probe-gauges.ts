import { Gauge, Registry } from "prom-client";
import type { TargetFacts } from "./probe-target-facts.js";

/** Every label value a scrape reports 0 or 1 for, so a rule can alert on "went to 0" and not on "vanished". */
const tlsVersions = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"] as const;
const protocols = ["RDP", "SSL", "HYBRID", "HYBRID_EX"] as const;

/**
 * One scrape's answer in the Prometheus text format, in a registry of its own (the multi-target pattern:
 * the series describe the target of this request, never the process), rendered by prom-client.
 */
export async function renderProbeGauges(facts: TargetFacts): Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  const registers = [registry];
  const gauge = (name: string, help: string, value: number) =>
    new Gauge({ name, help, registers }).set(value);
  gauge(
    "rdp_fix_probe_success",
    "1 when the RDP negotiation completed (a protocol was selected).",
    Number(facts.negotiated),
  );
  gauge("rdp_fix_probe_duration_seconds", "How long the probe run took.", facts.durationSeconds);
  gauge("rdp_fix_port_open", "1 when TCP connected to the RDP port.", Number(facts.portOpen));
  if (facts.certificate) {
    const { notAfter, notBefore } = facts.certificate;
    gauge(
      "rdp_fix_certificate_not_after_timestamp_seconds",
      "The RDP certificate's notAfter (Unix time).",
      seconds(notAfter),
    );
    gauge(
      "rdp_fix_certificate_not_before_timestamp_seconds",
      "The RDP certificate's notBefore (Unix time).",
      seconds(notBefore),
    );
  }
  const versions = new Gauge({
    name: "rdp_fix_tls_version_accepted",
    help: "1 for each TLS version the listener completed a handshake with, after the X.224 negotiation.",
    labelNames: ["version"] as const,
    registers,
  });
  for (const version of new Set([...tlsVersions, ...facts.tlsVersions]))
    versions.set({ version }, Number(facts.tlsVersions.includes(version)));
  const selected = new Gauge({
    name: "rdp_fix_security_protocol_selected",
    help: "1 for each security protocol the server selected for some client profile (modern, TLS-only, legacy).",
    labelNames: ["protocol"] as const,
    registers,
  });
  for (const protocol of new Set([...protocols, ...facts.protocols]))
    selected.set({ protocol }, Number(facts.protocols.includes(protocol)));
  const finding = new Gauge({
    name: "rdp_fix_finding",
    help: "1 for each finding id of this probe run (the stable ids of DESIGN section 5).",
    labelNames: ["id"] as const,
    registers,
  });
  for (const id of facts.findings) finding.set({ id }, 1);
  const offset = facts.ntlm?.clockOffsetSeconds;
  if (offset !== undefined && offset !== null)
    gauge(
      "rdp_fix_ntlm_clock_offset_seconds",
      "The server's clock minus ours, from its NTLM CHALLENGE.",
      offset,
    );
  return { contentType: registry.contentType, body: await registry.metrics() };
}

function seconds(iso: string): number {
  return Date.parse(iso) / 1000;
}
