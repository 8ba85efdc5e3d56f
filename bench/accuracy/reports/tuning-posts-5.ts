import type { Report } from "./report.js";

// A third batch for the second round of reading work (issue 20), written after the second was tuned on, in the
// classes the third blind set's labelling guide names (OS tokens, security and VPN products, out-of-band
// consoles, reported port tests) and in voices not used yet (a terse on-call page, a Teams thread reply, a
// reseller, a dev). Every fact the words give, nothing guessed. Measured once before any wording was added
// for it, then tuned on. Split into halves on its own (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-5" });

export const tuningPosts5: Report[] = [
  post({
    name: "on-call page: RDS01 2k16, 3389 refused, vSphere console OK",
    text: "PAGE: RDS01 (2k16) refusing rdp, telnet 3389 connection refused. got in via vsphere console, TermService is stopped and won't start",
    cause: "rdp-service-down",
    states: { "server-os": "2016-2019", "port-test": "false", "console-access": "console-only" },
  }),
  post({
    name: "Teams reply: same here, also on Win 11 23H2",
    text: "same here!! also on win 11 23h2, started this week, every time I try",
    cause: "tls-version-mismatch",
    states: {
      "client-app": "windows-11",
      pattern: "always",
      "who-affected": "everyone",
      "since-when": "sudden",
    },
  }),
  post({
    name: "reseller: Windows Server 2022 Essentials, Trend Micro on the server",
    text: "customer has Windows Server 2022 Essentials with Trend Micro Worry-Free on the server itself, updated the agent yesterday, since then all their RDP users get disconnected immediately",
    cause: "security-software",
    states: {
      "server-os": "2022-or-newer",
      "recent-change": "security-product-change",
      "since-when": "sudden",
      "who-affected": "everyone",
      "when-fails": "at-connect",
    },
  }),
  post({
    name: "dev: Azure VM, NSG change, Bastion still works",
    text: "my azure dev vm stopped accepting rdp after someone tightened the NSG. bastion still gets me in, 0x204 from my machine",
    cause: "firewall-blocked",
    states: {
      "recent-change": "firewall-change",
      "console-access": "other-remote-tools",
      "error-shown": "code-0x204",
      "since-when": "sudden",
    },
  }),
  post({
    name: "Cisco Secure Client drops big packets, RDP stalls",
    text: "with cisco secure client connected rdp stalls forever at securing remote connection. disconnect the vpn and rdp over the internet works",
    cause: "path-mtu",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "client-security": "vpn-client",
    },
  }),
  post({
    name: "ESXi host console says fine, cert expired last month",
    text: "esxi console of the vm looks healthy. the self signed cert on the box expired last month according to the warning, and every user gets the warning now",
    cause: "cert-expired",
    states: {
      "console-access": "console-only",
      "error-shown": "cert-warning",
      "cert-warning-detail": "expired",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "Windows 10 LTSC thin clients, TLS 1.2-only GPO",
    text: "GPO now enforces TLS 1.2 only on the session hosts. our win10 LTSC 2016 thin clients can't connect, the win11 laptops can",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "old-tls-off",
      "who-affected": "some",
      "client-os-compare": "newer-work-older-fail",
    },
  }),
  post({
    name: "no facts: teams thread opener",
    text: "RDP issue on PRD-APP-02, can someone from infra look?",
    cause: "cert-private-key",
    states: {},
    knows: { "error-shown": "internal-error", "recent-change": "certificate" },
  }),
  post({
    name: "Jump host by IP fine, by name lands elsewhere",
    text: "mstsc jump02.corp.local → lands on an old decommissioned box asking for creds I don't have. mstsc 10.1.4.22 works perfectly",
    cause: "dns-wrong-host",
    states: { "by-ip": "ip-works" },
  }),
  post({
    name: "port scan on the public IP shows 3389 open, logs full of failures",
    text: "our external scan shows 3389 open on the public ip of the dental office server, and event 4625 floods the log. the staff get kicked out randomly",
    cause: "connection-limit",
    states: {
      "internet-exposed": "under-attack",
      pattern: "sometimes",
      "port-test": "true",
    },
  }),
  post({
    name: "NLA error from an old Mac app after CredSSP force policy",
    text: "we set encryption oracle remediation to Force Updated Clients on all servers; the old Microsoft Remote Desktop app on two macbooks now fails, windows PCs fine",
    cause: "nla-credssp",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "credssp-nla",
      "client-app": "mac-old-app",
      "who-affected": "some",
    },
  }),
  post({
    name: "2012 R2 box, UDP blocked on the new firewall, drops after a minute",
    text: "since the new palo alto went in, sessions to the 2012 R2 app server drop after about a minute. tcp 3389 tests fine",
    cause: "udp-transport",
    states: {
      "recent-change": "firewall-change",
      "since-when": "sudden",
      "server-os": "2012r2",
      "when-fails": "mid-session",
      "port-test": "true",
    },
  }),
];
