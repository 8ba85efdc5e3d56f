import type { Situation } from "../situation.js";

// Section 2 G-I and L of rdp-errors.md: security products, UDP and MTU on the path, DNS, and the client itself.
export const clientAndPathSituations: Situation[] = [
  {
    name: "new EDR rolled out on the server drops RDP before the negotiation",
    cause: "security-software",
    facts: {
      "error-shown": "code-0x904",
      "recent-change": "security-product-change",
      "since-when": "sudden",
      "who-affected": "everyone",
      "port-test": "true",
    },
  },
  {
    name: "security suite on the client blocks mstsc to every host",
    cause: "security-software",
    facts: {
      "error-shown": "code-0x904",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "client-change": "nothing",
      "port-test": "true",
      "client-app": "windows-10",
      "client-security": "security-suite",
    },
  },
  {
    name: "IPS in front of the server resets the RDP request, probe sees no confirm",
    cause: "security-software",
    facts: { "error-shown": "code-0x904", pattern: "always" },
    findings: ["tcp.open", "rdp.no-confirm"],
  },
  {
    name: "UDP lost on the way: session freezes and drops after a minute",
    cause: "udp-transport",
    facts: {
      "error-shown": "other",
      "when-fails": "mid-session",
      pattern: "sometimes",
      "client-app": "windows-11",
    },
  },
  {
    name: "Windows 11 24H2 client to Server 2016, drops after about 65 seconds",
    cause: "udp-transport",
    facts: {
      "error-shown": "other",
      "when-fails": "mid-session",
      "client-change": "client-updated",
      "server-os": "2016-2019",
      "who-affected": "some",
    },
  },
  {
    name: "black screen then drop, UDP silent in the probe",
    cause: "udp-transport",
    facts: { "when-fails": "black-screen", "error-shown": "other" },
    findings: ["tcp.open", "rdp.selected.hybrid-ex", "cert.self-signed", "udp.silent"],
  },
  {
    name: "VPN/MTU black hole: fails only over the VPN, hangs then fails",
    cause: "path-mtu",
    facts: {
      "error-shown": "code-0x904",
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "who-affected": "some",
    },
  },
  {
    name: "home worker on the VPN, never tried without it",
    cause: "path-mtu",
    facts: {
      "error-shown": "code-0x904",
      "network-path": "vpn",
      "since-when": "never-worked",
      "other-hosts": "not-tried",
      "port-test": "true",
    },
  },
  {
    name: "TLS stalls over a tunnel, probe sees the reduced MTU",
    cause: "path-mtu",
    facts: { "error-shown": "code-0x904" },
    findings: ["tcp.open", "rdp.selected.hybrid-ex", "tls.stalled", "path.mtu-reduced"],
  },
  {
    name: "stale DNS record points at another RDP host; by IP it works",
    cause: "dns-wrong-host",
    facts: {
      "error-shown": "code-0x904",
      "by-ip": "ip-works",
      "since-when": "sudden",
      "who-affected": "some",
    },
  },
  {
    name: "after a migration the name leads to the old server, which refuses",
    cause: "dns-wrong-host",
    facts: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "by-ip": "ip-works",
      "recent-change": "dns-or-migration",
    },
  },
  {
    name: "two A records, one stale, probe sees both addresses",
    cause: "dns-wrong-host",
    facts: { "error-shown": "code-0x904", pattern: "sometimes" },
    findings: ["dns.multiple-addresses", "tcp.open", "rdp.selected.hybrid-ex", "cert.name-mismatch"],
  },
  {
    name: "DNS moved during a migration, nobody has tried the IP yet",
    cause: "dns-wrong-host",
    facts: {
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "recent-change": "dns-or-migration",
      "who-affected": "some",
      pattern: "always",
    },
  },
  {
    name: "VPN client's filter driver on the laptop breaks RDP to every host",
    cause: "security-software",
    facts: {
      "error-shown": "code-0x904",
      "client-change": "security-or-vpn-installed",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "network-path": "same-network",
      "client-security": "vpn-client",
    },
  },
  {
    name: "old saved connection with a stale password, only this user",
    cause: "stale-client",
    facts: {
      "error-shown": "code-0x904",
      "client-change": "password-or-saved",
      "who-affected": "only-this-client",
      "other-hosts": "others-work",
    },
  },
  {
    name: "Windows 7 without the RDC 8.0 update fails to every modern host",
    cause: "stale-client",
    facts: {
      "error-shown": "code-0x904",
      "client-app": "windows-7",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
    },
  },
  {
    name: "old client app, server healthy in the probe",
    cause: "stale-client",
    facts: { "error-shown": "code-0x904", "who-affected": "only-this-client", "client-app": "mac-old-app" },
    findings: ["tcp.open", "rdp.selected.hybrid-ex", "cert.self-signed", "udp.syn-ack"],
  },
];
