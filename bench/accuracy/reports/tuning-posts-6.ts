import type { Report } from "./report.js";

// A fourth batch for the second round of reading work (issue 20), written after the third was tuned on:
// heavy shorthand and typos, lower-case run-ons, a status-page style note, a question thread, and posts that
// mix several facts with asides. Every fact the words give, including facts implied by names, nothing guessed.
// Measured once before any wording was added for it, then tuned on. Split into halves on its own (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-6" });

export const tuningPosts6: Report[] = [
  post({
    name: "shorthand: rdp 2 dc01 b0rked since upd8",
    text: "rdp 2 dc01 borked since the upd8s on thurs, every1 gets int error. pssession ok",
    cause: "cert-private-key",
    states: {
      "since-when": "sudden",
      "recent-change": "updates",
      "who-affected": "everyone",
      "error-shown": "internal-error",
      "console-access": "other-remote-tools",
    },
  }),
  post({
    name: "status note: RDS farm degraded for external users",
    text: "Status: RDS farm degraded for external users connecting through the RD Gateway. Internal users unaffected. Sessions hang on connect and time out after ~30 seconds.",
    cause: "firewall-blocked",
    states: {
      "who-affected": "some",
      "network-path": "outside-fails",
      "when-fails": "hangs-then-fails",
    },
  }),
  post({
    name: "question thread: anyone know why certificate is for old name after rename",
    text: "anyone know why after renaming srv-files to srv-fs01 mstsc warns the certificate name doesnt match? clicking continue just closes it",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
    },
  }),
  post({
    name: "typos: evreyone, sometiems, intermitent fails",
    text: "evreyone in the call center gets intermitent 0x904 on ts05, sometiems the 2nd try works",
    cause: "connection-limit",
    states: { "who-affected": "some", "error-shown": "code-0x904", pattern: "sometimes" },
  }),
  post({
    name: "run-on: new laptop windows 11 cant get on old server works from old laptop",
    text: "got my new laptop today its windows 11 and i cant get on the old accounting server but my old laptop still works fine on it",
    cause: "tls-version-mismatch",
    states: {
      "client-change": "new-machine",
      "client-app": "windows-11",
      "client-os-compare": "older-work-newer-fail",
      "who-affected": "only-this-client",
    },
  }),
  post({
    name: "asides: ipad, cellular, drops",
    text: "from my ipad on cellular (lte) the session drops every couple of minutes, on wifi at home it's ok. not a big deal but annoying",
    cause: "udp-transport",
    states: { "client-app": "mac-mobile", "when-fails": "mid-session" },
  }),
  post({
    name: "ESET on the terminal server updated, black screen",
    text: "ESET on our terminal server auto-updated overnight and now users log in to a black screen and get thrown out",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "when-fails": "black-screen",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "Win Server 2008 R2 POS backend, new Win11 tills",
    text: "the POS backend still runs server 2008 r2. the brand new win 11 tills won't connect, the old win 7 ones do",
    cause: "tls-version-mismatch",
    states: {
      "server-os": "2008r2-or-older",
      "client-os-compare": "older-work-newer-fail",
      "who-affected": "some",
      "client-change": "new-machine",
    },
  }),
  post({
    name: "port test from the jump box says closed, firewall was replaced",
    text: "firewall at the branch was replaced on sat. from the jump box Test-NetConnection 3389 => TcpTestSucceeded False. hq servers are reachable fine",
    cause: "firewall-blocked",
    states: {
      "recent-change": "firewall-change",
      "port-test": "false",
      "other-hosts": "others-work",
    },
  }),
  post({
    name: "certificate thumbprint mismatch after renew, internal error",
    text: "renewed the rdp cert via our internal CA yesterday, now mstsc gives 'an internal error has occured' for all of us",
    cause: "cert-private-key",
    states: {
      "recent-change": "certificate",
      "error-shown": "internal-error",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "no facts: just a ping",
    text: "@here rdp?",
    cause: "rdp-service-down",
    states: {},
    knows: { "error-shown": "code-0x204", "port-test": "false" },
  }),
  post({
    name: "DNS alias points to the old cluster, IP fine",
    text: "the cname for erp points to the old cluster node still. if I use the ip address directly it connects",
    cause: "dns-wrong-host",
    states: { "by-ip": "ip-works", "recent-change": "dns-or-migration" },
  }),
];
