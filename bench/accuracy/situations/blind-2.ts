import type { Situation } from "../situation.js";

// The second blind set (issue 20), written blind on 2026-12-08 from the knowledge notes and the flow's ids
// only. It was measured and its misses studied on 2026-12-08, so it is no longer blind: it is split into
// halves like the earlier sets, as its own batch. The blind set now is blind-3.
const blind2 = (
  name: string,
  cause: string,
  facts: Record<string, string>,
  extra: { findings?: readonly string[]; host?: string } = {},
): Situation => ({ name: `blind-2: ${name}`, cause, facts, ...extra, batch: "blind-2" });

export const blind2Situations: Situation[] = [
  // The self-signed certificate ran out; file shares and remoting still answer.
  blind2(
    "terminal server after the holidays, 0x904 for everyone, shares fine",
    "cert-expired",
    {
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "recent-change": "nothing-known",
      "who-affected": "everyone",
      "console-access": "other-remote-tools",
      "server-os": "2016-2019",
      "port-test": "true",
    },
    {
      host: "10.20.4.15",
      findings: [
        "tcp.open",
        "rdp.selected.hybrid-ex",
        "cert.expired",
        "cert.self-signed",
        "ntlm.identity",
        "server.cert-expired",
        "server.event-1058",
        "server.rdp-listening",
        "server.firewall-rdp-allowed",
      ],
    },
  ),
  blind2("lab box with a CA certificate nobody renewed, the warning says expired", "cert-expired", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "expired",
    "who-affected": "everyone",
    "since-when": "sudden",
    "recent-change": "nothing-known",
    pattern: "always",
    "client-app": "windows-11",
  }),

  // Renamed or cloned, the certificate kept the old name.
  blind2(
    "VM cloned from a gold image and renamed, ext 0x7 on the clone only",
    "cert-stale-name",
    {
      "error-shown": "code-0x904",
      "recent-change": "renamed",
      "since-when": "new-server",
      "other-hosts": "others-work",
      "who-affected": "everyone",
      "by-ip": "same-failure",
    },
    {
      findings: [
        "tcp.open",
        "rdp.selected.hybrid-ex",
        "cert.name-mismatch",
        "cert.self-signed",
        "ntlm.identity",
        "server.cert-name-stale",
        "server.cert-valid",
      ],
    },
  ),
  blind2("Windows 11 desk PC renamed by the asset team, its owner works from home", "cert-stale-name", {
    "error-shown": "code-0x904",
    "recent-change": "renamed",
    "since-when": "sudden",
    "server-os": "2022-or-newer",
    "client-app": "windows-10",
    "network-path": "vpn",
    "console-access": "none",
  }),

  // The listener cannot read its certificate's private key.
  blind2(
    "MachineKeys permissions tightened by a hardening script, internal error",
    "cert-private-key",
    {
      "error-shown": "internal-error",
      "recent-change": "hardening",
      "hardening-detail": "baseline",
      "who-affected": "everyone",
      "since-when": "sudden",
      "by-ip": "same-failure",
    },
    {
      host: "172.16.8.21",
      findings: [
        "tcp.open",
        "rdp.selected.hybrid-ex",
        "tls.server-credential-failure",
        "server.cert-key-unusable",
        "server.event-36870",
        "server.event-1057",
        "server.rdp-listening",
      ],
    },
  ),
  blind2("public certificate imported for RDP on the gateway host, 0x904 since", "cert-private-key", {
    "error-shown": "code-0x904",
    "recent-change": "certificate",
    "since-when": "sudden",
    "who-affected": "everyone",
    "console-access": "other-remote-tools",
    pattern: "always",
  }),

  // No TLS version in common.
  blind2(
    "old 2008 R2 ERP server, new Windows 11 laptops fail, old ones connect",
    "tls-version-mismatch",
    {
      "error-shown": "code-0x904",
      "server-os": "2008r2-or-older",
      "client-os-compare": "older-work-newer-fail",
      "client-app": "windows-11",
      "client-change": "new-machine",
      "who-affected": "some",
    },
    {
      host: "192.168.10.5",
      findings: [
        "tcp.open",
        "rdp.selected.hybrid",
        "tls.legacy-only",
        "ntlm.legacy-os",
        "server.tls-legacy-only",
      ],
    },
  ),
  blind2("TLS 1.0 and 1.1 off on the servers, the Windows 7 kiosks lost access", "tls-version-mismatch", {
    "error-shown": "code-0x904",
    "recent-change": "hardening",
    "hardening-detail": "old-tls-off",
    "client-app": "windows-7",
    "client-os-compare": "newer-work-older-fail",
    "who-affected": "some",
    "since-when": "sudden",
  }),

  // No cipher suite in common.
  blind2(
    "web gateway built on FreeRDP cannot reach the 2012 R2 hosts, mstsc users can",
    "tls-cipher-mismatch",
    {
      "error-shown": "other",
      "client-app": "freerdp",
      "server-os": "2012r2",
      "who-affected": "some",
      "client-os-compare": "not-by-version",
      "since-when": "never-worked",
    },
    {
      host: "10.1.0.40",
      findings: [
        "tcp.open",
        "rdp.selected.hybrid",
        "tls.no-modern-cipher",
        "server.cipher-order-2012r2",
        "server.event-36874",
        "server.event-36888-handshake",
      ],
    },
  ),
  blind2("cipher suite order GPO pushed by the security team, some clients fail", "tls-cipher-mismatch", {
    "error-shown": "code-0x904",
    "recent-change": "hardening",
    "hardening-detail": "cipher-list",
    "who-affected": "some",
    "since-when": "sudden",
    "client-app": "windows-10",
    pattern: "always",
  }),

  // The server offers only the old RDP security layer or insists on FIPS.
  blind2(
    "FIPS policy switched on after an audit, Mac users fail, Windows users fine",
    "security-layer-rdp-only",
    {
      "error-shown": "other",
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "client-app": "mac-old-app",
      "who-affected": "some",
    },
    {
      findings: [
        "tcp.open",
        "rdp.failure.ssl-not-allowed",
        "rdp.selected.rdp",
        "server.security-layer-rdp",
        "server.fips",
      ],
    },
  ),
  blind2("legacy 2008 R2 box never reachable from the new Windows 11 clients", "security-layer-rdp-only", {
    "error-shown": "code-0x904",
    "server-os": "2008r2-or-older",
    "client-os-compare": "older-work-newer-fail",
    "client-app": "windows-11",
    "since-when": "never-worked",
    "who-affected": "some",
  }),

  // NLA / CredSSP.
  blind2(
    "CredSSP oracle message from patched laptops to an unpatched 2012 R2 server",
    "nla-credssp",
    {
      "error-shown": "credssp",
      "credssp-patch-level": "server-behind",
      "who-affected": "some",
      "since-when": "sudden",
      "client-change": "client-updated",
      "server-os": "2012r2",
    },
    {
      findings: [
        "tcp.open",
        "rdp.selected.hybrid-ex",
        "server.nla-required",
        "server.credssp-unpatched",
        "ntlm.identity",
      ],
    },
  ),
  blind2(
    "NLA made mandatory, the Linux thin clients stopped logging in",
    "nla-credssp",
    {
      "error-shown": "dont-know",
      "recent-change": "hardening",
      "hardening-detail": "credssp-nla",
      "client-app": "freerdp",
      "who-affected": "some",
      "client-os-compare": "not-by-version",
    },
    {
      findings: ["tcp.open", "rdp.failure.hybrid-required", "server.nla-required", "server.credssp-patched"],
    },
  ),

  // A firewall on the way or on the server drops port 3389.
  blind2(
    "new cloud VM, the security group lacks 3389, 0x204 from home",
    "firewall-blocked",
    {
      "error-shown": "code-0x204",
      "since-when": "new-server",
      "network-path": "internet",
      "port-test": "false",
      "console-access": "console-only",
      "who-affected": "everyone",
    },
    {
      host: "20.61.14.203",
      findings: ["tcp.timeout", "udp.silent", "server.rdp-listening", "server.firewall-rdp-allowed"],
    },
  ),
  blind2(
    "firewall profile flipped to Public after a domain hiccup, other subnets get 0x204",
    "firewall-blocked",
    {
      "error-shown": "code-0x204",
      "recent-change": "nothing-known",
      "who-affected": "some",
      "network-path": "same-network",
      "port-test": "false",
      "console-access": "console-only",
    },
    { findings: ["tcp.timeout", "server.firewall-rdp-scoped", "server.rdp-listening"] },
  ),

  // Nothing listens on the RDP port.
  blind2(
    "after the patch night TermService will not start, 0x204",
    "rdp-service-down",
    {
      "error-shown": "code-0x204",
      "recent-change": "updates",
      "since-when": "sudden",
      "port-test": "false",
      "who-affected": "everyone",
      "console-access": "other-remote-tools",
    },
    {
      host: "10.0.5.12",
      findings: ["tcp.refused", "server.termservice-stopped", "server.port-not-listening"],
    },
  ),
  blind2(
    "a baseline GPO set 'allow remote connections' to disabled",
    "rdp-service-down",
    {
      "error-shown": "code-0x204",
      "recent-change": "hardening",
      "hardening-detail": "baseline",
      "port-test": "false",
      "by-ip": "same-failure",
      "who-affected": "everyone",
    },
    {
      findings: [
        "tcp.refused",
        "server.rdp-disabled",
        "server.port-not-listening",
        "server.firewall-rdp-allowed",
      ],
    },
  ),

  // Antivirus, EDR or an IPS in the way.
  blind2(
    "new EDR agent rolled out to the servers, 0x904 for all, port test passes",
    "security-software",
    {
      "error-shown": "code-0x904",
      "recent-change": "security-product-change",
      "since-when": "sudden",
      "who-affected": "everyone",
      "port-test": "true",
    },
    {
      findings: [
        "tcp.open",
        "rdp.no-confirm",
        "server.rdp-listening",
        "server.firewall-rdp-allowed",
        "server.cert-valid",
        "server.tls-modern",
      ],
    },
  ),
  blind2(
    "one laptop got a security suite with web filtering, every host fails from it",
    "security-software",
    {
      "error-shown": "code-0x904",
      "client-change": "security-or-vpn-installed",
      "client-security": "security-suite",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "client-app": "windows-11",
    },
  ),

  // The UDP side of the session breaks it after logon.
  blind2(
    "session opens and freezes after a minute, from home over the VPN",
    "udp-transport",
    {
      "error-shown": "other",
      "when-fails": "mid-session",
      "network-path": "vpn",
      "who-affected": "some",
      pattern: "always",
      "client-app": "windows-11",
      "server-os": "2016-2019",
    },
    { findings: ["tcp.open", "rdp.selected.hybrid-ex", "cert.self-signed", "udp.syn-ack", "path.mtu-ok"] },
  ),
  blind2("after the 24H2 upgrade sessions to the 2016 hosts drop after about a minute", "udp-transport", {
    "error-shown": "other",
    "when-fails": "mid-session",
    "client-change": "client-updated",
    "client-os-compare": "older-work-newer-fail",
    "server-os": "2016-2019",
    "who-affected": "some",
    "since-when": "sudden",
  }),

  // Large packets are lost on the way.
  blind2(
    "only over the new SD-WAN tunnel, it hangs and then fails",
    "path-mtu",
    {
      "error-shown": "code-0x904",
      "when-fails": "hangs-then-fails",
      "network-path": "vpn-only-fails",
      "who-affected": "some",
      pattern: "always",
      "recent-change": "firewall-change",
    },
    {
      host: "10.200.1.9",
      findings: ["tcp.open", "rdp.selected.hybrid-ex", "tls.stalled", "path.mtu-reduced", "udp.silent"],
    },
  ),
  blind2("branch office through the IPsec tunnel, black screen then a drop", "path-mtu", {
    "error-shown": "other",
    "when-fails": "black-screen",
    "network-path": "vpn-only-fails",
    "who-affected": "some",
    "since-when": "sudden",
    "client-app": "windows-10",
  }),

  // The name leads to another computer.
  blind2(
    "server migrated to a new address, the old record still answers, by IP works",
    "dns-wrong-host",
    {
      "error-shown": "code-0x904",
      "recent-change": "dns-or-migration",
      "by-ip": "ip-works",
      "who-affected": "some",
      "since-when": "sudden",
    },
    {
      findings: [
        "dns.multiple-addresses",
        "tcp.open",
        "rdp.selected.hybrid-ex",
        "ntlm.identity",
        "ntlm.name-mismatch",
        "cert.name-mismatch",
      ],
    },
  ),
  blind2("a leftover hosts-file entry on one PC, the warning names another server", "dns-wrong-host", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "name-mismatch",
    "by-ip": "ip-works",
    "who-affected": "only-this-client",
    "recent-change": "dont-know",
  }),

  // The queue for new connections is full.
  blind2(
    "port-forwarded 3389, fails on and off, a reboot helps for a while",
    "connection-limit",
    {
      "error-shown": "code-0x904",
      pattern: "after-reboot",
      "network-path": "internet",
      "internet-exposed": "under-attack",
      "since-when": "getting-worse",
      "who-affected": "everyone",
    },
    {
      host: "203.0.113.77",
      findings: [
        "tcp.open",
        "rdp.no-confirm",
        "server.rdp-listening",
        "server.max-outstanding-low",
        "server.event-1006",
        "server.logon-failures-many",
      ],
    },
  ),
  blind2("small office server on a public IP, some attempts work", "connection-limit", {
    "error-shown": "code-0x904",
    pattern: "sometimes",
    "internet-exposed": "exposed",
    "network-path": "internet",
    "who-affected": "everyone",
    "since-when": "getting-worse",
    "recent-change": "nothing-known",
  }),

  // The client is outdated or its saved connection is stale.
  blind2(
    "one user on the old Mac Remote Desktop app, colleagues fine",
    "stale-client",
    {
      "error-shown": "code-0x904",
      "client-app": "mac-old-app",
      "who-affected": "only-this-client",
      "client-change": "nothing",
      "recent-change": "nothing-known",
    },
    {
      findings: [
        "tcp.open",
        "rdp.selected.hybrid-ex",
        "cert.self-signed",
        "ntlm.identity",
        "server.cert-valid",
        "server.tls-modern",
        "server.rdp-listening",
        "server.firewall-rdp-allowed",
      ],
    },
  ),
  blind2("password changed, the saved .rdp file on the desktop still fails, only her", "stale-client", {
    "error-shown": "code-0x904",
    "client-change": "password-or-saved",
    "who-affected": "only-this-client",
    "other-hosts": "others-work",
    "since-when": "sudden",
    "client-app": "windows-10",
  }),
];
