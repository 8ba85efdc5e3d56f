import type { Situation } from "../situation.js";

// The first blind set (issue 20), written on 2026-12-07 after the flow had been tuned. Its results were read
// and its misses studied on 2026-12-08, so it is no longer blind: it is split into halves like the earlier
// sets (its names keep the "fresh:" prefix, which are ids in reports). The blind set now is blind-2.
const fresh = (
  name: string,
  cause: string,
  facts: Record<string, string>,
  findings?: readonly string[],
): Situation => ({ name: `fresh: ${name}`, cause, facts, ...(findings ? { findings } : {}) });

export const freshSituations: Situation[] = [
  // A: the self-signed certificate ran out (or the clock makes it look so).
  fresh("file server, Monday morning, 0x904 by name and by IP", "cert-expired", {
    "error-shown": "code-0x904",
    "since-when": "sudden",
    "recent-change": "nothing-known",
    "who-affected": "everyone",
    "by-ip": "same-failure",
    pattern: "always",
    "client-app": "windows-10",
  }),
  fresh(
    "restored VM with a wrong clock, the warning says not valid yet",
    "cert-expired",
    { "error-shown": "cert-warning", "cert-warning-detail": "expired", "who-affected": "everyone" },
    ["tcp.open", "rdp.selected.hybrid-ex", "cert.not-yet-valid", "cert.self-signed", "ntlm.clock-skew"],
  ),
  // A: renamed, cloned or re-joined, the certificate kept the old name.
  fresh("clone from the template, the warning names the template", "cert-stale-name", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "name-mismatch",
    "recent-change": "renamed",
    "who-affected": "everyone",
    "client-app": "windows-11",
  }),
  // B: the listener cannot read the private key.
  fresh(
    "ProgramData permissions tightened by a baseline, internal error",
    "cert-private-key",
    {
      "error-shown": "internal-error",
      "recent-change": "hardening",
      "hardening-detail": "baseline",
      "who-affected": "everyone",
      pattern: "always",
    },
    ["tcp.open", "rdp.selected.hybrid-ex", "tls.handshake-failed", "tls.server-credential-failure"],
  ),
  // C: no TLS version in common.
  fresh(
    "Windows 11 laptops against the old 2008 R2 ERP box",
    "tls-version-mismatch",
    {
      "error-shown": "internal-error",
      "server-os": "2008r2-or-older",
      "client-os-compare": "older-work-newer-fail",
      "client-change": "new-machine",
      "client-app": "windows-11",
      "who-affected": "some",
    },
    ["tcp.open", "rdp.selected.hybrid", "tls.legacy-only", "ntlm.legacy-os"],
  ),
  fresh("TLS 1.0 switched off, the Windows 7 thin clients fail", "tls-version-mismatch", {
    "error-shown": "code-0x904",
    "recent-change": "hardening",
    "hardening-detail": "old-tls-off",
    "client-app": "windows-7",
    "client-os-compare": "newer-work-older-fail",
    "who-affected": "some",
  }),
  // D: no cipher suite in common.
  fresh("cipher order GPO, the Linux jump host fails", "tls-cipher-mismatch", {
    "error-shown": "other",
    "recent-change": "hardening",
    "hardening-detail": "cipher-list",
    "client-app": "freerdp",
    "who-affected": "some",
    "since-when": "sudden",
  }),
  fresh(
    "2012 R2 with a trimmed suite list, probe finds no modern cipher",
    "tls-cipher-mismatch",
    { "error-shown": "internal-error", "server-os": "2012r2", "client-app": "windows-11" },
    ["tcp.open", "rdp.selected.hybrid", "tls.no-modern-cipher"],
  ),
  // E: RDP security layer only (or FIPS-only).
  fresh(
    "lab controller on old embedded Windows, new Mac app never got in",
    "security-layer-rdp-only",
    {
      "error-shown": "other",
      "since-when": "never-worked",
      "client-app": "windows-app-current",
      "client-os-compare": "older-work-newer-fail",
      "who-affected": "some",
    },
    ["tcp.open", "rdp.failure.ssl-not-allowed"],
  ),
  // F: NLA / CredSSP.
  fresh("encryption oracle message, laptop updated, server years behind", "nla-credssp", {
    "error-shown": "credssp",
    "credssp-patch-level": "server-behind",
    "client-change": "client-updated",
    "client-app": "windows-10",
    "who-affected": "some",
    "since-when": "sudden",
  }),
  fresh(
    "domain server with a drifting clock, NLA refuses everyone",
    "nla-credssp",
    { "error-shown": "other", "since-when": "sudden", "who-affected": "everyone" },
    ["tcp.open", "rdp.selected.hybrid-ex", "ntlm.identity", "ntlm.clock-skew"],
  ),
  // G: a firewall drops or rejects the port.
  fresh(
    "new VM, port test False, hangs then 0x204",
    "firewall-blocked",
    {
      "error-shown": "code-0x204",
      "when-fails": "hangs-then-fails",
      "port-test": "false",
      "since-when": "new-server",
      "who-affected": "everyone",
      "console-access": "other-remote-tools",
    },
    ["tcp.timeout"],
  ),
  // J: nothing listens on the port.
  fresh(
    "after the patch reboot RDP is refused at once, shares work",
    "rdp-service-down",
    {
      "error-shown": "code-0x204",
      "when-fails": "at-connect",
      "port-test": "false",
      "recent-change": "updates",
      "console-access": "other-remote-tools",
      "who-affected": "everyone",
    },
    ["tcp.refused"],
  ),
  // G: antivirus, EDR or TLS inspection.
  fresh(
    "EDR rolled out on the servers, port open, no RDP answer",
    "security-software",
    {
      "error-shown": "code-0x904",
      "recent-change": "security-product-change",
      "who-affected": "everyone",
      pattern: "always",
      "port-test": "true",
    },
    ["tcp.open", "rdp.no-confirm"],
  ),
  fresh("web filter inspecting TLS, untrusted certificate for the office", "security-software", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "untrusted-only",
    "recent-change": "firewall-or-security",
    "network-path": "same-network",
    "who-affected": "some",
  }),
  // H: UDP transport.
  fresh("24H2 client, session freezes after a minute, Server 2016", "udp-transport", {
    "error-shown": "other",
    "when-fails": "mid-session",
    pattern: "sometimes",
    "client-app": "windows-11",
    "client-change": "client-updated",
    "server-os": "2016-2019",
  }),
  // MTU black hole or a middlebox dropping big TLS records.
  fresh(
    "branch tunnel after the router swap, stalls at securing",
    "path-mtu",
    {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "recent-change": "firewall-change",
      "who-affected": "some",
      "port-test": "true",
    },
    ["tcp.open", "rdp.selected.hybrid-ex", "tls.stalled", "path.mtu-reduced"],
  ),
  // I: the name leads to another machine.
  fresh("moved to a new subnet, warning shows another name, IP works", "dns-wrong-host", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "name-mismatch",
    "by-ip": "ip-works",
    "recent-change": "dns-or-migration",
    "who-affected": "some",
  }),
  fresh(
    "two A records, the old one answers as another server",
    "dns-wrong-host",
    { "error-shown": "code-0x904", "since-when": "sudden", "by-ip": "ip-works" },
    [
      "dns.multiple-addresses",
      "tcp.open",
      "rdp.selected.hybrid-ex",
      "ntlm.name-mismatch",
      "cert.name-mismatch",
    ],
  ),
  // K: the queue for new connections is full.
  fresh("port-forwarded office server under password spraying", "connection-limit", {
    "error-shown": "code-0x904",
    pattern: "sometimes",
    "network-path": "internet",
    "internet-exposed": "under-attack",
    "since-when": "getting-worse",
    "who-affected": "everyone",
  }),
  // L: old client or stale saved connection.
  fresh("old saved connection after the password change, only this user", "stale-client", {
    "error-shown": "code-0x904",
    "who-affected": "only-this-client",
    "client-change": "password-or-saved",
    "client-app": "windows-10",
    "since-when": "sudden",
  }),
];
