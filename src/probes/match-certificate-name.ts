import { isIP } from "node:net";

export interface CertificateNames {
  commonName: string | null;
  dnsNames: readonly string[];
  ipAddresses: readonly string[];
}

export type NameMatch =
  | { kind: "match"; by: "dns-san" | "ip-san" | "common-name"; name: string }
  | { kind: "mismatch"; checked: "dns-san" | "ip-san" | "common-name" | "nothing" };

/**
 * Does the certificate name `host` the way a client checks it (RFC 6125): SAN DNS names (one leftmost
 * wildcard label), SAN IP addresses for an IP literal, and the CN only when there is no SAN at all.
 */
export function matchCertificateName(host: string, names: CertificateNames): NameMatch {
  const hasSan = names.dnsNames.length > 0 || names.ipAddresses.length > 0;
  const ip = canonicalIp(host);
  if (ip !== null) {
    const hit = names.ipAddresses.find((candidate) => canonicalIp(candidate) === ip);
    if (hit !== undefined) return { kind: "match", by: "ip-san", name: hit };
    if (!hasSan && names.commonName !== null && canonicalIp(names.commonName) === ip) {
      return { kind: "match", by: "common-name", name: names.commonName };
    }
    return {
      kind: "mismatch",
      checked: hasSan ? "ip-san" : names.commonName === null ? "nothing" : "common-name",
    };
  }
  const wanted = normaliseName(host);
  const hit = names.dnsNames.find((pattern) => dnsNameMatches(normaliseName(pattern), wanted));
  if (hit !== undefined) return { kind: "match", by: "dns-san", name: hit };
  if (!hasSan && names.commonName !== null && dnsNameMatches(normaliseName(names.commonName), wanted)) {
    return { kind: "match", by: "common-name", name: names.commonName };
  }
  return {
    kind: "mismatch",
    checked: hasSan ? "dns-san" : names.commonName === null ? "nothing" : "common-name",
  };
}

function dnsNameMatches(pattern: string, name: string): boolean {
  if (!pattern.startsWith("*.")) return pattern === name;
  const suffix = pattern.slice(1);
  // "*.com" would name half the internet; require a wildcard to sit above at least two labels.
  if (suffix.split(".").length < 3) return false;
  const label = name.slice(0, name.length - suffix.length);
  return name.endsWith(suffix) && label.length > 0 && !label.includes(".");
}

function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** One spelling per address, so `::1` equals `0:0:0:0:0:0:0:1`; null when `text` is not an IP literal. */
function canonicalIp(text: string): string | null {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, "$1");
  const version = isIP(trimmed);
  if (version === 4) return trimmed;
  if (version === 6) return new URL(`http://[${trimmed}]/`).hostname;
  return null;
}
