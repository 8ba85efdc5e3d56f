import type { Report } from "./report.js";

// Posts written while widening the reading (issue 20, reading precision and recall): each exercises a class
// of wording rather than one phrase (contrast, scope, time, negation and doubt, shorthand, codes in their
// forms, port tests, client apps). Written as people post; `states` holds only what a careful reader takes
// from the words. Split into halves on their own (`batch`), so the earlier posts keep their halves.
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-2" });

export const tuningPosts2: Report[] = [
  post({
    name: "nobody can get on since Monday, half the office",
    text: "nobody in accounting can rdp to fin-db since monday, it's about half the office. error code 0x904",
    cause: "cert-expired",
    states: { "since-when": "sudden", "who-affected": "some", "error-shown": "code-0x904" },
  }),
  post({
    name: "w/o VPN fine, on the VPN it stalls",
    text: "from home w/o the vpn it's fine via the gateway, but on the vpn mstsc just spins and times out",
    cause: "path-mtu",
    states: { "network-path": "vpn-only-fails", "when-fails": "hangs-then-fails" },
  }),
  post({
    name: "not sure if everyone, 2k12r2 box",
    text: "rdp to the 2k12r2 box gives an internal error. not sure if it's everyone, my colleague is out today",
    cause: "cert-private-key",
    states: { "server-os": "2012r2", "error-shown": "internal-error" },
    knows: { "recent-change": "certificate" },
  }),
  post({
    name: "port test says False, srv2019 in azure",
    text: "Test-NetConnection to the srv2019 vm in azure on 3389 says False, 0x204 in mstsc. other vms in the vnet work",
    cause: "firewall-blocked",
    states: {
      "port-test": "false",
      "server-os": "2016-2019",
      "error-shown": "code-0x204",
      "other-hosts": "others-work",
    },
  }),
  post({
    name: "tnc true but still 2308",
    text: "tnc rds02 -port 3389 shows TcpTestSucceeded : True yet the client says 2308 every time",
    cause: "cert-expired",
    states: { "port-test": "true", "error-shown": "code-0x904", pattern: "always" },
  }),
  post({
    name: "a couple of users on Win7, rest fine",
    text: "a couple of users on old win7 machines can't get in since the GPO change, everyone on win10 and 11 is fine",
    cause: "tls-version-mismatch",
    states: {
      "who-affected": "some",
      "since-when": "sudden",
      "recent-change": "hardening",
      "client-app": "windows-7",
      "client-os-compare": "newer-work-older-fail",
    },
  }),
  post({
    name: "Remmina on Ubuntu, Windows colleagues fine",
    text: "Remmina from my ubuntu laptop fails with 'TLS connect failed' to the 2016 server. colleagues on windows can connect",
    cause: "tls-cipher-mismatch",
    states: {
      "client-app": "freerdp",
      "error-shown": "other",
      "server-os": "2016-2019",
      "who-affected": "only-this-client",
    },
  }),
  post({
    name: "not every time, a retry usually works",
    text: "rdp to app07 fails with ext err 0x7, but not every time - a second try usually gets in",
    cause: "connection-limit",
    states: { "error-shown": "code-0x904", pattern: "sometimes" },
  }),
  post({
    name: "reboot fixes it for a few days, getting worse",
    text: "the RDS host refuses new sessions more and more often, a reboot fixes it for a few days. it's exposed to the internet via a port fwd",
    cause: "connection-limit",
    states: {
      "since-when": "getting-worse",
      pattern: "after-reboot",
      "network-path": "internet",
      "internet-exposed": "exposed",
    },
  }),
  post({
    name: "nobody renamed it, nothing changed that I know of",
    text: "nobody renamed it and nothing changed that i know of, but since this morning the whole team gets 0x904",
    cause: "cert-expired",
    states: {
      "recent-change": "nothing-known",
      "since-when": "sudden",
      "who-affected": "everyone",
      "error-shown": "code-0x904",
    },
  }),
  post({
    name: "Windows App on my Mac, Windows PCs fine",
    text: "using the windows app on my macbook I get 0x904 to the lab box, from a windows pc it works",
    cause: "security-layer-rdp-only",
    states: { "client-app": "windows-app-current", "error-shown": "code-0x904" },
  }),
  post({
    name: "by IP it works fine, by name cert warning",
    text: "by name I get a cert warning about the wrong name and then 0x904, but using the ip it works. only since the dns cleanup",
    cause: "dns-wrong-host",
    states: {
      "by-ip": "ip-works",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
    },
  }),
  post({
    name: "24H2 upgrade, every server drops after a minute",
    text: "after the 24H2 upgrade on my laptop every rdp session freezes after a minute or so, to any server. others are ok",
    cause: "udp-transport",
    states: {
      "client-change": "client-updated",
      "when-fails": "mid-session",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "client-app": "windows-11",
    },
  }),
  post({
    name: "maybe the cert, perhaps the firewall",
    text: "rdp to ts01 broken, maybe the cert expired or perhaps the firewall rules changed, no clue",
    cause: "cert-expired",
    states: {},
  }),
  post({
    name: "only my pc, shares fine, AV updated",
    text: "only my pc can't rdp to the file server (0x904), the shares on it still work fine. AV on my laptop was updated yesterday",
    cause: "security-software",
    states: {
      "who-affected": "only-this-client",
      "error-shown": "code-0x904",
      "console-access": "other-remote-tools",
      "client-change": "security-or-vpn-installed",
    },
  }),
  post({
    name: "some users, not all, every attempt, since patch night",
    text: "since patch night some users can't connect to rds-farm, not all of them. for those it fails every attempt",
    cause: "nla-credssp",
    states: {
      "since-when": "sudden",
      "recent-change": "updates",
      "who-affected": "some",
      pattern: "always",
    },
  }),
  post({
    name: "unpatched 2008 box, CredSSP from win11",
    text: "CredSSP encryption oracle error from my w11 laptop to an old unpatched 2008 box. it's never been patched afaik",
    cause: "nla-credssp",
    states: {
      "error-shown": "credssp",
      "client-app": "windows-11",
      "credssp-patch-level": "server-behind",
      "server-os": "2008r2-or-older",
    },
  }),
  post({
    name: "hangs then 0x204, vpn and office both",
    text: "mstsc hangs ~30 sec then says 0x204, same from the office and over vpn, ping works fine",
    cause: "firewall-blocked",
    states: { "when-fails": "hangs-then-fails", "error-shown": "code-0x204" },
  }),
  post({
    name: "new laptop, colleagues fine, never worked",
    text: "got a new laptop last week, never been able to connect to the jump host from it. my colleagues can connect",
    cause: "tls-version-mismatch",
    knows: { "server-os": "2008r2-or-older", "client-app": "windows-11" },
    states: {
      "client-change": "new-machine",
      "since-when": "never-worked",
      "who-affected": "only-this-client",
    },
  }),
  post({
    name: "no idea what changed, every user, instantly",
    text: "no idea what changed. every user gets kicked right after entering the password, straight away 0x904",
    cause: "cert-expired",
    states: { "who-affected": "everyone", "when-fails": "at-connect", "error-shown": "code-0x904" },
  }),
  post({
    name: "doesn't work since Tuesday, whole floor, TNC True",
    text: "rdp to hr-app doesn't work since tuesday for the whole team on our floor. tnc shows TcpTestSucceeded : True, error says 2308",
    cause: "cert-expired",
    states: {
      "since-when": "sudden",
      "who-affected": "everyone",
      "port-test": "true",
      "error-shown": "code-0x904",
    },
  }),
  post({
    name: "ticket: changes none known, 3 of 40 users",
    text: "Ticket 4471 - RDP failure to TS-05. Affected: 3 of our 40 users. Changes: none known. Error: ext. error 0x7",
    cause: "tls-version-mismatch",
    states: { "who-affected": "some", "recent-change": "nothing-known", "error-shown": "code-0x904" },
  }),
  post({
    name: "GlobalProtect hangs, office fine",
    text: "over GlobalProtect the session hangs on 'securing remote connection' forever, from the office it works. started for 2 days now",
    cause: "path-mtu",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "since-when": "sudden",
    },
  }),
  post({
    name: "is it just me? typos and a maybe",
    text: "is it just me? rdp to the print svr fails somtimes, the certifcate maybe? works on retry",
    cause: "connection-limit",
    states: { pattern: "sometimes" },
  }),
  post({
    name: "renamed nothing, patched nothing, me and two coworkers",
    text: "we renamed nothing and patched nothing, still 0x904 on rds-3 for me and two coworkers, everyone else is ok",
    cause: "tls-cipher-mismatch",
    states: { "error-shown": "code-0x904", "who-affected": "some" },
  }),
  post({
    name: "AV updated on the servers, 4625 flood? no",
    text: "the AV got updated on the servers last night, now rdp hangs then times out for all users. not seeing any 4625s",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "when-fails": "hangs-then-fails",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "old RD client on the iPad, PCs fine",
    text: "from my ipad with the old RD client I get 0x904 to the 2k22 server, from PCs it connects fine, every time",
    cause: "stale-client",
    states: {
      "client-app": "mac-old-app",
      "error-shown": "code-0x904",
      "server-os": "2022-or-newer",
      pattern: "always",
    },
  }),
  post({
    name: "DNS still points to the old box, IP fine",
    text: "after the cutover DNS still points to the old box i think. with the IP it connects, by name cert warning w/ the old name",
    cause: "dns-wrong-host",
    states: {
      "by-ip": "ip-works",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
    },
  }),
];
