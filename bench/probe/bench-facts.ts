/** The security protocols an RDP server can accept, as MS-RDPBCGR names them in RDP_NEG_REQ. */
export type SecurityProtocol = "RDP" | "TLS" | "NLA";
export const securityProtocols: readonly SecurityProtocol[] = ["RDP", "TLS", "NLA"];

export type TlsVersion = "1.0" | "1.1" | "1.2" | "1.3";
export const tlsVersions: readonly TlsVersion[] = ["1.0", "1.1", "1.2", "1.3"];
/** OpenSSL's names of the versions, which rdp-fix's version sweep and its exporter's gauges carry. */
export const tlsVersionNamed: Readonly<Record<string, TlsVersion | undefined>> = {
  TLSv1: "1.0",
  "TLSv1.1": "1.1",
  "TLSv1.2": "1.2",
  "TLSv1.3": "1.3",
};

/** What a tool says about the server certificate: none at all, or its validity dates (ISO 8601, UTC). */
export type CertificateClaim = { kind: "none" } | { kind: "dates"; notBefore: string; notAfter: string };

/**
 * A tool's answer to one question, read from what it printed. `undetermined` is a tool saying it could not
 * tell (and why); `no-answer` is a tool that printed nothing about the question (crashed, hung, silent).
 */
export type Answer<T> =
  | { kind: "claims"; value: T; detail: string }
  | { kind: "undetermined"; detail: string }
  | { kind: "no-answer"; detail: string };

export interface ToolAnswers {
  /** Sorted in `securityProtocols` order. */
  protocols: Answer<SecurityProtocol[]>;
  /** Sorted in `tlsVersions` order; empty means "no TLS version accepted". */
  versions: Answer<TlsVersion[]>;
  certificate: Answer<CertificateClaim>;
}

export type FactName = keyof ToolAnswers;
export const factNames: readonly FactName[] = ["protocols", "versions", "certificate"];

export function sortedProtocols(protocols: Iterable<SecurityProtocol>): SecurityProtocol[] {
  const set = new Set(protocols);
  return securityProtocols.filter((protocol) => set.has(protocol));
}

export function sortedVersions(versions: Iterable<TlsVersion>): TlsVersion[] {
  const set = new Set(versions);
  return tlsVersions.filter((version) => set.has(version));
}
