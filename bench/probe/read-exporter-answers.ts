import { type PrometheusSample, prometheusSamples } from "../../test/support/prometheus-samples.js";
import {
  type Answer,
  type CertificateClaim,
  type SecurityProtocol,
  sortedProtocols,
  sortedVersions,
  type ToolAnswers,
  tlsVersionNamed,
} from "./bench-facts.js";
import type { ExporterScrape } from "./exporter-peer.js";

// MS-RDPBCGR's names, as rdp_fix_security_protocol_selected{protocol} carries them.
const protocolOf: Record<string, SecurityProtocol | undefined> = {
  RDP: "RDP",
  SSL: "TLS",
  HYBRID: "NLA",
  HYBRID_EX: "NLA",
};

/**
 * The exporter's answers, read as a Prometheus user reads a scrape: the series set to 1 of
 * rdp_fix_security_protocol_selected and rdp_fix_tls_version_accepted, and the certificate timestamps. The
 * gauges have no "could not tell" of their own, so the findings published beside them say it: with
 * tls.stalled the handshake never finished (no version, no certificate was seen, which is not "none"), and
 * with the port closed or rdp.no-confirm the negotiation was never answered.
 */
export function readExporterAnswers(scrape: ExporterScrape): ToolAnswers {
  if (scrape.status !== 200) return nothing(`HTTP ${scrape.status}: ${scrape.body.trim()}`);
  let samples: PrometheusSample[];
  try {
    samples = prometheusSamples(scrape.body);
  } catch (error) {
    return nothing(`not the Prometheus text format: ${error instanceof Error ? error.message : error}`);
  }
  const set = (name: string, label: string) =>
    samples.filter((s) => s.name === name && s.value === 1).map((s) => s.labels[label] ?? "");
  const value = (name: string) => samples.find((s) => s.name === name)?.value;
  const findings = new Set(set("rdp_fix_finding", "id"));
  if (value("rdp_fix_probe_success") === undefined) return nothing("no rdp_fix_probe_success in the scrape");

  const protocols: Answer<SecurityProtocol[]> =
    value("rdp_fix_port_open") !== 1 || findings.has("rdp.no-confirm")
      ? { kind: "undetermined", detail: "the negotiation was not answered" }
      : {
          kind: "claims",
          value: sortedProtocols(
            set("rdp_fix_security_protocol_selected", "protocol").flatMap(known(protocolOf)),
          ),
          detail: "rdp_fix_security_protocol_selected",
        };
  if (findings.has("tls.stalled")) {
    const stalled = { kind: "undetermined", detail: "tls.stalled: the handshake never finished" } as const;
    return { protocols, versions: stalled, certificate: stalled };
  }
  const versions = sortedVersions(
    set("rdp_fix_tls_version_accepted", "version").flatMap(known(tlsVersionNamed)),
  );
  const notBefore = value("rdp_fix_certificate_not_before_timestamp_seconds");
  const notAfter = value("rdp_fix_certificate_not_after_timestamp_seconds");
  const certificate: CertificateClaim =
    notBefore === undefined || notAfter === undefined
      ? { kind: "none" }
      : { kind: "dates", notBefore: isoDate(notBefore), notAfter: isoDate(notAfter) };
  return {
    protocols,
    versions: { kind: "claims", value: versions, detail: "rdp_fix_tls_version_accepted" },
    certificate: { kind: "claims", value: certificate, detail: "rdp_fix_certificate_*_timestamp_seconds" },
  };
}

function known<T>(table: Readonly<Record<string, T | undefined>>): (name: string) => T[] {
  return (name) => {
    const value = table[name];
    return value === undefined ? [] : [value];
  };
}

function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

function nothing(detail: string): ToolAnswers {
  const none = { kind: "no-answer", detail } as const;
  return { protocols: none, versions: none, certificate: none };
}
