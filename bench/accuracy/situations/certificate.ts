import type { Situation } from "../situation.js";

// Section 2 A/B of rdp-errors.md: the listener cannot present a usable certificate or key.
export const certificateSituations: Situation[] = [
  {
    name: "cert expired, user clicks through the warning and reads the dates",
    cause: "cert-expired",
    facts: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "expired",
      "when-fails": "at-connect",
      "since-when": "sudden",
      "who-affected": "everyone",
      "other-hosts": "others-work",
      "client-app": "windows-11",
    },
  },
  {
    name: "cert expired, probe reads the dates, engineer only saw 0x904",
    cause: "cert-expired",
    facts: { "error-shown": "code-0x904", "since-when": "sudden", pattern: "always" },
    findings: [
      "dns.multiple-addresses",
      "tcp.open",
      "rdp.selected.hybrid-ex",
      "cert.expired",
      "cert.self-signed",
    ],
  },
  {
    name: "cert expired, long-running server, nothing changed that anyone knows",
    cause: "cert-expired",
    facts: {
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "recent-change": "nothing-known",
      "who-affected": "everyone",
      "other-hosts": "others-work",
      "by-ip": "same-failure",
      "port-test": "true",
      pattern: "always",
    },
  },
  {
    name: "renamed host: the Qiita 0x904/0x7 case on Windows 11",
    cause: "cert-stale-name",
    facts: {
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "recent-change": "renamed",
      "who-affected": "everyone",
      "client-app": "windows-11",
      "port-test": "true",
    },
  },
  {
    name: "renamed host, engineer only knows the warning shows another name",
    cause: "cert-stale-name",
    facts: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "when-fails": "at-connect",
      "by-ip": "same-failure",
      pattern: "always",
    },
  },
  {
    name: "cloned VM keeps the template's certificate, probe sees the old name",
    cause: "cert-stale-name",
    facts: { "error-shown": "code-0x904", "since-when": "new-server", "who-affected": "everyone" },
    findings: ["tcp.open", "rdp.selected.hybrid-ex", "cert.name-mismatch", "cert.self-signed"],
  },
  {
    name: "MachineKeys ACL broken: internal error for everyone",
    cause: "cert-private-key",
    facts: {
      "error-shown": "internal-error",
      "when-fails": "at-connect",
      "since-when": "sudden",
      "who-affected": "everyone",
      "other-hosts": "others-work",
      pattern: "always",
    },
  },
  {
    name: "CA certificate installed without NETWORK SERVICE read on the key",
    cause: "cert-private-key",
    facts: {
      "error-shown": "code-0x904",
      "recent-change": "certificate",
      "since-when": "sudden",
      "who-affected": "everyone",
    },
  },
  {
    name: "key unreadable, probe sees TLS die right after the negotiation",
    cause: "cert-private-key",
    facts: { "error-shown": "code-0x904", pattern: "always" },
    findings: ["tcp.open", "rdp.selected.hybrid-ex", "tls.handshake-failed", "tls.server-credential-failure"],
  },
];
