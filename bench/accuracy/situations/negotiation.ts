import type { Situation } from "../situation.js";

// Section 2 C-F and 4 of rdp-errors.md: the two sides cannot agree on TLS, ciphers, security layer or NLA.
export const negotiationSituations: Situation[] = [
  {
    name: "new Windows 11 laptop against an unpatched 2008 R2 (TLS 1.0 only)",
    cause: "tls-version-mismatch",
    facts: {
      "error-shown": "internal-error",
      "since-when": "never-worked",
      "client-change": "new-machine",
      "client-app": "windows-11",
      "server-os": "2008r2-or-older",
      "who-affected": "only-this-client",
      "other-hosts": "others-work",
    },
  },
  {
    name: "server hardened to TLS 1.2 only, old Windows 7 clients fail",
    cause: "tls-version-mismatch",
    facts: {
      "error-shown": "code-0x904",
      "recent-change": "hardening",
      "hardening-detail": "old-tls-off",
      "who-affected": "some",
      "client-app": "windows-7",
      pattern: "always",
    },
  },
  {
    name: "TLS 1.0-only server seen by the probe, engineer knows little",
    cause: "tls-version-mismatch",
    facts: { "error-shown": "code-0x904", "client-app": "windows-11" },
    findings: [
      "tcp.open",
      "rdp.selected.hybrid",
      "tls.legacy-only",
      "cert.weak-signature",
      "cert.self-signed",
    ],
  },
  {
    name: "cipher order GPO changed on a 2012 R2 host",
    cause: "tls-cipher-mismatch",
    facts: {
      "error-shown": "code-0x904",
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "server-os": "2012r2",
      "who-affected": "everyone",
      pattern: "always",
    },
  },
  {
    name: "FreeRDP gateway (ECDHE-RSA-GCM only) against a default 2012 R2",
    cause: "tls-cipher-mismatch",
    facts: {
      "error-shown": "other",
      "when-fails": "at-connect",
      "since-when": "never-worked",
      "client-app": "freerdp",
      "server-os": "2012r2",
      "who-affected": "only-this-client",
      "other-hosts": "others-work",
    },
  },
  {
    name: "cipher mismatch found by the probe",
    cause: "tls-cipher-mismatch",
    facts: { "error-shown": "internal-error", "since-when": "never-worked" },
    findings: ["tcp.open", "rdp.selected.hybrid", "tls.no-modern-cipher", "cert.self-signed"],
  },
  {
    name: "server set to RDP security layer only, modern Mac client insists on TLS",
    cause: "security-layer-rdp-only",
    facts: {
      "error-shown": "code-0x904",
      "since-when": "never-worked",
      "client-app": "windows-app-current",
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      pattern: "always",
    },
  },
  {
    name: "RDP-security-only server found by the probe",
    cause: "security-layer-rdp-only",
    facts: { "error-shown": "code-0x904", pattern: "always" },
    findings: ["tcp.open", "rdp.selected.rdp", "rdp.failure.ssl-not-allowed"],
  },
  {
    name: "old appliance with a FIPS/RDP-layer setting, only an internal error",
    cause: "security-layer-rdp-only",
    facts: {
      "error-shown": "internal-error",
      "since-when": "never-worked",
      "who-affected": "everyone",
      "port-test": "true",
      "client-app": "windows-10",
    },
  },
  {
    name: "CredSSP oracle: patched client, server not updated for years",
    cause: "nla-credssp",
    facts: {
      "error-shown": "credssp",
      "credssp-patch-level": "server-behind",
      "since-when": "sudden",
      "client-change": "client-updated",
      "client-app": "windows-10",
    },
  },
  {
    name: "CredSSP message after the monthly updates, engineer unsure which side",
    cause: "nla-credssp",
    facts: { "error-shown": "credssp", "recent-change": "updates", "who-affected": "some" },
  },
  {
    name: "NLA made mandatory by a baseline, probe sees a healthy NLA server",
    cause: "nla-credssp",
    facts: {
      "error-shown": "code-0x904",
      "recent-change": "hardening",
      "hardening-detail": "credssp-nla",
      "who-affected": "some",
    },
    findings: ["tcp.open", "rdp.selected.hybrid-ex", "cert.self-signed", "udp.syn-ack"],
  },
];
