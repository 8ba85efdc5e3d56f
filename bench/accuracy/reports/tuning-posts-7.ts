import type { Report } from "./report.js";

// A fifth batch for the second round of reading work (issue 20), written after the fourth was tuned on: chat
// with emoji and pasted log lines, a Spanish-English writer, negations piled up, the Windows App on phones,
// and a post that corrects itself. Every fact the words give, including facts implied by names, nothing
// guessed. Measured once before any wording was added for it, then tuned on. Split into halves (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-7" });

export const tuningPosts7: Report[] = [
  post({
    name: "emoji: rdp 💀 on hyperv01, iDRAC fine",
    text: "rdp 💀 on hyperv01 (2022 datacenter) 😩 idrac says the host is fine. 0x204 every time",
    cause: "rdp-service-down",
    states: {
      "server-os": "2022-or-newer",
      "console-access": "console-only",
      "error-shown": "code-0x204",
      pattern: "always",
    },
  }),
  post({
    name: "pasted event: Schannel 36874 on the server",
    text: "System log on the RDS box: 'An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server' (Schannel 36874). started after our cipher cleanup",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "since-when": "sudden",
    },
  }),
  post({
    name: "Spanish-English: since two days no can connect",
    text: "hi, since two days i no can connect to the server of remote desktop, my companions yes can. the error say 0x904",
    cause: "stale-client",
    states: {
      "since-when": "sudden",
      "who-affected": "only-this-client",
      "error-shown": "code-0x904",
    },
  }),
  post({
    name: "negations piled up: no vpn, no firewall change, not only me",
    text: "no vpn, no firewall change that I know of, not only me, and no it's not the password. rds02 just throws 2308",
    cause: "cert-expired",
    states: { "who-affected": "everyone", "error-shown": "code-0x904" },
  }),
  post({
    name: "Windows App on iPhone, new app fine, old app fails",
    text: "on my iphone the new windows app connects fine but the old rd client app gives a security error",
    cause: "stale-client",
    states: { "client-app": "mac-old-app" },
  }),
  post({
    name: "self-correcting: not everyone, just the two of us in finance",
    text: "everyone is locked out of fin-ts — sorry, correction, just the two of us in finance, the rest of the team gets in ok",
    cause: "cert-stale-name",
    states: { "who-affected": "some" },
  }),
  post({
    name: "since monday, UDP 3391 blocked by the new core switch ACL",
    text: "since monday the rdp sessions to our 2019 farm freeze every few minutes. network swapped the core switch over the weekend",
    cause: "udp-transport",
    states: {
      "since-when": "sudden",
      "server-os": "2016-2019",
      "when-fails": "mid-session",
      "recent-change": "firewall-change",
    },
  }),
  post({
    name: "certificate not yet valid after clock drift",
    text: "cert warning on rds04 says the certificate is not valid yet — the server clock is 2 days behind. everyone sees it",
    cause: "cert-expired",
    states: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "expired",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "SentinelOne on the laptop blocks mstsc",
    text: "sentinelone quarantined something on my pc this morning and now mstsc fails to every server i try. my coworker's pc without s1 is fine",
    cause: "security-software",
    states: {
      "client-security": "security-suite",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
    },
  }),
  post({
    name: "no facts: lunch question",
    text: "quick q before lunch - who handles remote desktop problems here?",
    cause: "cert-expired",
    states: {},
    knows: { "error-shown": "code-0x904" },
  }),
  post({
    name: "Windows 7 laptop of the CFO, only one that fails",
    text: "the CFO still uses her win7 laptop and it's the only machine that can't get on the new rd gateway",
    cause: "tls-version-mismatch",
    states: {
      "client-app": "windows-7",
      "who-affected": "only-this-client",
    },
  }),
  post({
    name: "RDP Wrapper on a desktop after update",
    text: "using rdp wrapper on a win 10 pro desktop as a mini terminal server, after this month's cumulative update nobody can connect, service shows listener not listening",
    cause: "rdp-service-down",
    states: {
      "recent-change": "updates",
      "who-affected": "everyone",
      "server-os": "2016-2019",
    },
  }),
];
