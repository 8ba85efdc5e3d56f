import type { Report } from "./report.js";

// A seventh batch for the second round of reading work (issue 20), written after the sixth was tuned on, in
// voices not used yet (a school IT teacher, a night-shift operator, a vendor's support engineer, a bullet list).
// Every fact the words give, including facts implied by names, nothing guessed. Measured once before any
// wording was added for it, then tuned on. Split into halves on its own (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-9" });

export const tuningPosts9: Report[] = [
  post({
    name: "school: Chromebooks in room 12 cannot reach the 2016 lab server",
    text: "the chromebooks in room 12 can't reach the 2016 lab server over rdp, the teacher's windows 10 laptop can. it's been like this since the summer",
    cause: "tls-cipher-mismatch",
    states: {
      "client-app": "mac-mobile",
      "server-os": "2016-2019",
      "who-affected": "some",
      "since-when": "sudden",
    },
  }),
  post({
    name: "night shift: all consoles red, RDP gone on every server",
    text: "night shift here - monitoring shows every windows server up but rdp to all of them fails from the noc pcs. ssh to the linux boxes works",
    cause: "security-software",
    states: { "other-hosts": "all-fail" },
  }),
  post({
    name: "vendor: customer's 2012 R2 with FIPS enabled",
    text: "Vendor support here. The customer's Windows Server 2012 R2 has FIPS mode enabled via policy. Our appliance (FreeRDP based) gets disconnected at once.",
    cause: "security-layer-rdp-only",
    states: {
      "server-os": "2012r2",
      "hardening-detail": "security-layer",
      "client-app": "freerdp",
      "when-fails": "at-connect",
    },
  }),
  post({
    name: "bullets: who, what, when",
    text: "- who: only me\n- what: 'an internal error has occurred'\n- when: since this morning\n- server: ts-fin01",
    cause: "cert-private-key",
    states: {
      "who-affected": "only-this-client",
      "error-shown": "internal-error",
      "since-when": "sudden",
    },
  }),
  post({
    name: "UDP: disabling UDP on the client fixes the freezes",
    text: "rdp freezes every minute or so; when I set the client to tcp only (disable udp) it's stable. server is 2019, client win 11",
    cause: "udp-transport",
    states: {
      "when-fails": "mid-session",
      "server-os": "2016-2019",
      "client-app": "windows-11",
    },
  }),
  post({
    name: "port 3389 not even listening, netstat shows nothing",
    text: "netstat on the box shows nothing listening on 3389, from outside telnet fails. other remote tools like psexec still work",
    cause: "rdp-service-down",
    states: { "port-test": "false", "console-access": "other-remote-tools" },
  }),
  post({
    name: "moved the VM to another Hyper-V host, IP changed, DNS stale",
    text: "we live-migrated app-22 to the new hyper-v host and it got a new ip, but dns still has the old one. rdp by name fails, by ip ok",
    cause: "dns-wrong-host",
    states: { "recent-change": "dns-or-migration", "by-ip": "ip-works" },
  }),
  post({
    name: "no facts: forwarded from a user",
    text: "fwd from user: 'remote desktop not working pls fix'",
    cause: "stale-client",
    states: {},
    knows: { "who-affected": "only-this-client" },
  }),
];
