import type { NamespaceFault } from "../../test/support/lab/namespace-faults.js";
import type { ShadowMode } from "../../test/support/lab/start-shadow-server.js";
import type { XrdpVariantName } from "../../test/support/lab/xrdp-variants.js";
import type { SecurityProtocol, TlsVersion } from "./bench-facts.js";

export type TargetSource =
  | { lab: "xrdp"; variant: XrdpVariantName }
  | { lab: "shadow"; mode: ShadowMode }
  | { lab: "namespace"; variant: XrdpVariantName; fault: NamespaceFault };

/**
 * The truth about one fact. `hidden` is a fact the lab's path keeps from every client (a black hole eats the
 * server's TLS flight): the right answer is then "could not tell", and any definite claim is wrong.
 */
export type Expected<T> = { kind: "value"; value: T } | { kind: "hidden"; why: string };

export type ExpectedCertificate =
  | { kind: "none" }
  | { kind: "fixed"; notBefore: string; notAfter: string }
  /** Made while the lab started (`openssl req -days N`, FreeRDP's makecert): notBefore is that moment. */
  | { kind: "issued-at-start"; validDays: number };

export interface LabTarget {
  name: string;
  source: TargetSource;
  protocols: Expected<SecurityProtocol[]>;
  versions: Expected<TlsVersion[]>;
  certificate: Expected<ExpectedCertificate>;
}

const value = <T>(v: T): Expected<T> => ({ kind: "value", value: v });

// generate-certificates.ts: "valid" is `openssl req -x509 -days 365`; "expired" is signed 2020 -> 2021.
const validCertificate = value<ExpectedCertificate>({ kind: "issued-at-start", validDays: 365 });
const expiredCertificate = value<ExpectedCertificate>({
  kind: "fixed",
  notBefore: "2020-01-01T00:00:00.000Z",
  notAfter: "2021-01-01T00:00:00.000Z",
});
// freerdp-shadow-cli makes its own certificate at first start: makecert with 5 years of 365 days.
const shadowCertificate = value<ExpectedCertificate>({ kind: "issued-at-start", validDays: 5 * 365 });
const noCertificate = value<ExpectedCertificate>({ kind: "none" });
const modern = value<TlsVersion[]>(["1.2", "1.3"]);
const noTls = value<TlsVersion[]>([]);
const blackholeHides =
  "the MTU black hole drops the server's TLS flight, so no client on this path can see it";

/**
 * Ground truth from the lab's configuration (xrdp-variants.ts, generate-certificates.ts, start-shadow-server.ts
 * and knowledge/lab.md sections 2.4-2.5 and 5), never from any tool's output.
 */
export const labTargets: readonly LabTarget[] = [
  // security_layer=tls: SSL only (an RDP-security request gets SSL_REQUIRED_BY_SERVER).
  {
    name: "tls_valid",
    source: { lab: "xrdp", variant: "tls_valid" },
    protocols: value(["TLS"]),
    versions: modern,
    certificate: validCertificate,
  },
  {
    name: "tls_expired",
    source: { lab: "xrdp", variant: "tls_expired" },
    protocols: value(["TLS"]),
    versions: modern,
    certificate: expiredCertificate,
  },
  // security_layer=rdp: xrdp selects RDP for every request and never starts TLS.
  {
    name: "rdp_only",
    source: { lab: "xrdp", variant: "rdp_only" },
    protocols: value(["RDP"]),
    versions: noTls,
    certificate: noCertificate,
  },
  // security_layer=negotiate: RDP for RDP-only clients, SSL otherwise; xrdp never selects HYBRID.
  {
    name: "negotiate",
    source: { lab: "xrdp", variant: "negotiate" },
    protocols: value(["RDP", "TLS"]),
    versions: modern,
    certificate: validCertificate,
  },
  {
    name: "tls10_only",
    source: { lab: "xrdp", variant: "tls10_only" },
    protocols: value(["TLS"]),
    versions: value(["1.0"]),
    certificate: validCertificate,
  },
  {
    name: "tls13_only",
    source: { lab: "xrdp", variant: "tls13_only" },
    protocols: value(["TLS"]),
    versions: value(["1.3"]),
    certificate: validCertificate,
  },
  {
    name: "tls12_camellia",
    source: { lab: "xrdp", variant: "tls12_camellia" },
    protocols: value(["TLS"]),
    versions: value(["1.2"]),
    certificate: validCertificate,
  },
  // security_layer=tls with a certificate path that does not exist: every request gets
  // SSL_CERT_NOT_ON_SERVER, so the server accepts nothing and never starts TLS.
  {
    name: "tls_nocert",
    source: { lab: "xrdp", variant: "tls_nocert" },
    protocols: value([]),
    versions: noTls,
    certificate: noCertificate,
  },
  // FreeRDP shadow sets no TLS versions, so OpenSSL 3.0's defaults apply: TLS 1.2 and 1.3 (lab.md section 5).
  {
    name: "shadow nla",
    source: { lab: "shadow", mode: "nla" },
    protocols: value(["NLA"]),
    versions: modern,
    certificate: shadowCertificate,
  },
  {
    name: "shadow tls",
    source: { lab: "shadow", mode: "tls" },
    protocols: value(["TLS"]),
    versions: modern,
    certificate: shadowCertificate,
  },
  // /sec:rdp refuses SSL and HYBRID in X.224 (SSL_NOT_ALLOWED_BY_SERVER): no RDP client ever gets TLS there.
  {
    name: "shadow rdp",
    source: { lab: "shadow", mode: "rdp" },
    protocols: value(["RDP"]),
    versions: noTls,
    certificate: noCertificate,
  },
  // tls_valid behind the router's MTU-1200 hop that drops its own ICMP "fragmentation needed".
  {
    name: "mtu blackhole",
    source: { lab: "namespace", variant: "tls_valid", fault: "blackhole" },
    protocols: value(["TLS"]),
    versions: { kind: "hidden", why: blackholeHides },
    certificate: { kind: "hidden", why: blackholeHides },
  },
];
