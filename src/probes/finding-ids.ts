/**
 * Every finding id a probe can report. The flow (flows/rdp-connection.yaml) must explain each one; a test
 * holds the two together. Extend this list, never rename an entry: users and tests rely on the ids.
 */
export const findingIds = [
  "dns.unresolved",
  "dns.multiple-addresses",
  "tcp.open",
  "tcp.refused",
  "tcp.timeout",
  "rdp.no-confirm",
  "rdp.not-rdp",
  "rdp.legacy-server",
  "rdp.selected.rdp",
  "rdp.selected.ssl",
  "rdp.selected.hybrid",
  "rdp.selected.hybrid-ex",
  "rdp.failure.ssl-required",
  "rdp.failure.ssl-not-allowed",
  "rdp.failure.ssl-cert-not-on-server",
  "rdp.failure.hybrid-required",
  "rdp.failure.ssl-with-user-auth-required",
  "tls.handshake-failed",
  "tls.legacy-only",
  "tls.no-modern-cipher",
  "tls.stalled",
  "cert.expired",
  "cert.not-yet-valid",
  "cert.expiring-soon",
  "cert.name-mismatch",
  "cert.self-signed",
  "cert.weak-key",
  "cert.weak-signature",
  "udp.syn-ack",
  "udp.silent",
  "path.mtu-reduced",
  "path.loss",
  "tcp.unreachable",
  "rdp.failure.inconsistent-flags",
  "tls.server-credential-failure",
  "udp.closed",
] as const;

export type FindingId = (typeof findingIds)[number];
