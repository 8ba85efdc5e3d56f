import type { Report } from "./report.js";

// Posts written for the second round of reading work (issue 20), after studying the second blind set's misses
// by class: each imagines another writer (terse admin, help-desk ticket, non-native speaker, pasted output,
// manager) and states every fact the words give, including facts implied by names (OS tokens, security and
// VPN products, consoles, port tests), nothing the writer only guesses. Measured once before any wording was
// added for them, then tuned on. Split into halves on their own (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-3" });

export const tuningPosts3: Report[] = [
  post({
    name: "w2k19 jump box, iDRAC only, nmap says filtered",
    text: "jump01 (w2k19) not reachable over rdp since the reboot last night. only way in is the idrac. nmap from my box shows 3389 filtered",
    cause: "firewall-blocked",
    states: {
      "server-os": "2016-2019",
      "since-when": "sudden",
      "console-access": "console-only",
      "port-test": "false",
    },
  }),
  post({
    name: "ticket: user on Mac with the old app, everyone else fine",
    text: "User reports: cannot connect to the terminal server from her MacBook using Microsoft Remote Desktop 10. Other users in the department connect without issues. Error 0x904.",
    cause: "stale-client",
    states: {
      "client-app": "mac-old-app",
      "who-affected": "only-this-client",
      "error-shown": "code-0x904",
    },
  }),
  post({
    name: "non-native: since updating server, all colleagues cannot enter",
    text: "hello, since we make the update of server on sunday all colleagues cannot enter with remote desktop, it give error of internal error. before it was working good",
    cause: "cert-private-key",
    states: {
      "since-when": "sudden",
      "recent-change": "updates",
      "who-affected": "everyone",
      "error-shown": "internal-error",
    },
  }),
  post({
    name: "2k12r2 RDSH, CrowdStrike sensor rolled out, hangs",
    text: "CrowdStrike sensor got rolled out to the 2k12r2 RDSH farm Tuesday. Since then mstsc sits on 'configuring remote session' and eventually gives up. ping/smb fine",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "server-os": "2012r2",
      "since-when": "sudden",
      "when-fails": "black-screen",
      "console-access": "other-remote-tools",
    },
  }),
  post({
    name: "GlobalProtect at home drops, office fine, every 5 minutes",
    text: "on GlobalProtect from home my session drops every 5 minutes or so, at the office it's rock solid. only me afaik",
    cause: "udp-transport",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "mid-session",
      "who-affected": "only-this-client",
      "client-security": "vpn-client",
    },
  }),
  post({
    name: "pasted tnc output True, 2308 from win11 24H2",
    text: "PS> tnc app12 -port 3389 → TcpTestSucceeded : True. mstsc on my 24H2 box still throws 2308",
    cause: "tls-version-mismatch",
    states: { "port-test": "true", "client-app": "windows-11", "error-shown": "code-0x904" },
  }),
  post({
    name: "manager: whole sales floor can't remote in",
    text: "Hi team, the entire sales floor is unable to remote into SALES-TS this morning. This is urgent as we have month end.",
    cause: "cert-expired",
    states: { "who-affected": "everyone" },
  }),
  post({
    name: "cert expired on the jump host, warning then 0x904",
    text: "jump host shows a cert warning, the cert expired on the 3rd. clicking through gives 0x904. everyone in IT sees it",
    cause: "cert-expired",
    states: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "expired",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "Kaspersky on my PC, every RDP target fails",
    text: "after Kaspersky Endpoint Security was installed on my PC I can't RDP to any host. coworkers without it are fine",
    cause: "security-software",
    states: {
      "client-change": "security-or-vpn-installed",
      "client-security": "security-suite",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
    },
  }),
  post({
    name: "RDP brute force on the public IP, works 2 out of 5 times",
    text: "small office server on a public IP, rdp works maybe 2 out of 5 times. event viewer full of 4625 from russia and china",
    cause: "connection-limit",
    states: {
      "internet-exposed": "under-attack",
      pattern: "sometimes",
    },
  }),
  post({
    name: "restored from backup onto a new VM, old name in the certificate",
    text: "we restored DOC-SRV from backup onto a fresh VM with a new hostname. RDP now warns the cert is issued to the old name, then fails",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "since-when": "new-server",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
    },
  }),
  post({
    name: "after the DNS cleanup the name goes to the wrong box, IP works",
    text: "since the dns cleanup on friday rdp to hr-app by hostname lands on a different server (wrong cert name), by ip it's fine",
    cause: "dns-wrong-host",
    states: {
      "recent-change": "dns-or-migration",
      "since-when": "sudden",
      "by-ip": "ip-works",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
    },
  }),
  post({
    name: "Server 2025 new build, Windows 7 embedded client can't",
    text: "the win7 embedded scanner PCs cant rdp to the brand new server 2025 box, win11 laptops can",
    cause: "tls-version-mismatch",
    states: {
      "client-app": "windows-7",
      "server-os": "2022-or-newer",
      "since-when": "new-server",
      "client-os-compare": "newer-work-older-fail",
      "who-affected": "some",
    },
  }),
  post({
    name: "no facts: help with remote desktop",
    text: "can somebody help me with remote desktop pls, urgent",
    cause: "cert-expired",
    states: {},
    knows: { "error-shown": "cert-warning", "cert-warning-detail": "expired" },
  }),
  post({
    name: "NLA turned on by the new baseline, xfreerdp from Linux fails",
    text: "the new baseline turned on NLA for the lab servers; xfreerdp from our linux build agents now fails at connect, windows admins are unaffected",
    cause: "nla-credssp",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "credssp-nla",
      "client-app": "freerdp",
      "when-fails": "at-connect",
      "who-affected": "some",
    },
  }),
  post({
    name: "over the site to site tunnel it stalls, locally fine",
    text: "Branch B over the site-to-site tunnel: RDP stalls at 'securing remote connection' then times out. Locally at HQ the same server is fine.",
    cause: "path-mtu",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "who-affected": "some",
    },
  }),
  post({
    name: "RDP disabled after re-image, TeamViewer still works",
    text: "after IT re-imaged PC-0423 remote desktop refuses with 0x204, teamviewer still gets in. probably the gpo",
    cause: "rdp-service-down",
    states: {
      "error-shown": "code-0x204",
      "console-access": "other-remote-tools",
      "since-when": "new-server",
    },
  }),
  post({
    name: "never worked from the new ThinkPad, old one did",
    text: "brand-new ThinkPad (win11 23H2) never connected to legacy-erp (2008 R2). my old laptop connected every time",
    cause: "tls-version-mismatch",
    states: {
      "client-change": "new-machine",
      "client-app": "windows-11",
      "server-os": "2008r2-or-older",
      "client-os-compare": "older-work-newer-fail",
      "since-when": "never-worked",
    },
  }),
];
