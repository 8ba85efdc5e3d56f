import type { AfterConfirm, ConfirmBehaviour } from "./fake-rdp-server.js";
import { type CertificateOptions, makeCertificate } from "./make-certificate.js";

const ssl = 0x01;
const hybrid = 0x02;

export interface DemoFault {
  name: string;
  /** What the demo server does wrong, in the words of someone who set it up. */
  description: string;
  /** The cause a correct diagnosis puts first. */
  expectedCause: string;
  /** What the user at the client reports, for faults a probe alone cannot pin down. */
  answers?: Array<{ questionId: string; answerId: string }>;
  confirm: (requested: number | null) => ConfirmBehaviour;
  afterConfirm: () => AfterConfirm;
}

/** A Windows-like listener with a fresh, valid self-signed certificate for the loopback address. */
const tlsWith =
  (certificate: CertificateOptions = {}, settings: Partial<Extract<AfterConfirm, { kind: "tls" }>> = {}) =>
  () => {
    const { keyPem, certPem } = makeCertificate({
      commonName: "rdp-demo.local",
      dnsNames: ["rdp-demo.local"],
      ipAddresses: ["127.0.0.1"],
      ...certificate,
    });
    return { kind: "tls" as const, keyPem, certPem, ...settings };
  };
/** A healthy listener's TLS, with a freshly made certificate: what a fixed server presents (tests re-check it). */
export const freshCertificateTls = tlsWith();

/** Negotiate like a default server: TLS for clients that offer it, standard RDP security otherwise. */
const selectTls = (requested: number | null): ConfirmBehaviour =>
  requested !== null && (requested & ssl) !== 0
    ? { kind: "select", protocol: ssl }
    : { kind: "fail", code: 1 };

export const demoFaults: readonly DemoFault[] = [
  {
    name: "expired-cert",
    description: "the self-signed RDP certificate expired in 2021 and was never renewed",
    expectedCause: "cert-expired",
    confirm: selectTls,
    afterConfirm: tlsWith({
      notBefore: new Date("2020-01-01T00:00:00Z"),
      notAfter: new Date("2021-01-01T00:00:00Z"),
    }),
  },
  {
    name: "wrong-name",
    description: "the certificate still names the computer's old name (it was renamed)",
    expectedCause: "cert-stale-name",
    confirm: selectTls,
    afterConfirm: tlsWith({
      commonName: "old-name.corp.example",
      dnsNames: ["old-name.corp.example"],
      ipAddresses: [],
    }),
  },
  {
    name: "tls10-only",
    description: "the server only speaks TLS 1.0 (an unpatched 2008 R2)",
    expectedCause: "tls-version-mismatch",
    confirm: selectTls,
    afterConfirm: tlsWith({}, { minVersion: "TLSv1", maxVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" }),
  },
  {
    name: "weak-cipher",
    description: "TLS 1.2 only, with a cipher list no Windows client offers (CAMELLIA)",
    expectedCause: "tls-cipher-mismatch",
    confirm: selectTls,
    afterConfirm: tlsWith({}, { minVersion: "TLSv1.2", maxVersion: "TLSv1.2", ciphers: "CAMELLIA256-SHA" }),
  },
  {
    name: "rdp-only",
    description: "the security layer is set to RDP: it refuses TLS and NLA (failure code 2)",
    expectedCause: "security-layer-rdp-only",
    confirm: (requested) =>
      requested === 0 || requested === null ? { kind: "select", protocol: 0 } : { kind: "fail", code: 2 },
    afterConfirm: () => ({ kind: "close" }),
  },
  {
    name: "key-unusable",
    description: "Remote Desktop cannot read its certificate's private key: it selects TLS, then hangs up",
    expectedCause: "cert-private-key",
    confirm: selectTls,
    afterConfirm: () => ({ kind: "plaintext-disconnect" }),
  },
  {
    name: "nla-required",
    description: "NLA is required and clients that cannot do CredSSP are refused (failure code 5)",
    expectedCause: "nla-credssp",
    answers: [{ questionId: "error-shown", answerId: "credssp" }],
    confirm: (requested) =>
      requested !== null && (requested & hybrid) !== 0
        ? { kind: "select", protocol: hybrid }
        : { kind: "fail", code: 5 },
    afterConfirm: tlsWith(),
  },
  {
    name: "tls-stall",
    description: "TCP and negotiation work, then the TLS handshake never completes (an MTU black hole)",
    expectedCause: "path-mtu",
    confirm: selectTls,
    afterConfirm: () => ({ kind: "silence" }),
  },
];

export function findDemoFault(name: string): DemoFault | undefined {
  return demoFaults.find((fault) => fault.name === name);
}
