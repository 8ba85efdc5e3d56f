import type { Report } from "./report.js";

// The path, UDP, DNS and the client (rdp-errors.md 2 H, I, L), and posts that state nothing at all.
export const clientAndPathReports: Report[] = [
  {
    name: "black screen then drop, at home, sometimes",
    text: "RDP connects, shows black screen for a few secs then drops. Only over wifi at home, sometimes",
    cause: "udp-transport",
    states: { "when-fails": "black-screen", pattern: "sometimes" },
  },
  {
    name: "freezes after a minute on 24H2, randomly",
    text: "Session opens fine but freezes after a minute and disconnects, happens randomly, win11 24H2",
    cause: "udp-transport",
    states: { "when-fails": "mid-session", pattern: "sometimes", "client-app": "windows-11" },
  },
  {
    name: "keeps disconnecting since the app update",
    text: "keeps disconnecting every few minutes since the latest rdp app update, some users",
    cause: "udp-transport",
    states: { "when-fails": "mid-session", "client-change": "client-updated", "who-affected": "some" },
  },
  {
    name: "freezes then drops in the afternoon",
    text: "rdp session freezes then drops, intermittent, mostly in the afternoon",
    cause: "udp-transport",
    states: { "when-fails": "mid-session", pattern: "sometimes" },
  },
  {
    name: "only over the VPN since Monday",
    text: "only fails over the VPN since Monday; in the office it works fine",
    cause: "path-mtu",
    states: { "network-path": "vpn-only-fails", "since-when": "sudden" },
  },
  {
    name: "from home via VPN it spins forever",
    text: "from home via vpn RDP spins forever then errors out. In office no problem.",
    cause: "path-mtu",
    states: { "network-path": "vpn-only-fails", "when-fails": "hangs-then-fails" },
  },
  {
    name: "site-to-site tunnel hangs at securing",
    text: "RDP over the site-to-site tunnel hangs at 'securing remote connection' then fails, works on the LAN, some users",
    cause: "path-mtu",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "who-affected": "some",
    },
  },
  {
    name: "new VPN vendor, fine on site",
    text: "Anyone else? RDP through the VPN fails with 0x904 since we switched VPN vendors, fine on site",
    cause: "path-mtu",
    states: { "network-path": "vpn-only-fails", "error-shown": "code-0x904" },
  },
  {
    name: "erp-db by name fails, IP works, since the migration",
    text: "mstsc to erp-db by name gives 0x904 but it works by IP. since the migration last week",
    cause: "dns-wrong-host",
    states: { "error-shown": "code-0x904", "by-ip": "ip-works", "recent-change": "dns-or-migration" },
  },
  {
    name: "moved to the new subnet, lands on the wrong box",
    text: "after moving the server to the new subnet, rdp by hostname lands on the wrong box, cert warning with another name. ip works.",
    cause: "dns-wrong-host",
    states: {
      "recent-change": "dns-or-migration",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "by-ip": "ip-works",
    },
  },
  {
    name: "some people, IP works for everyone",
    text: "some ppl get 0x904 to app7, others connect fine; connecting by IP works for everyone",
    cause: "dns-wrong-host",
    states: { "who-affected": "some", "error-shown": "code-0x904", "by-ip": "ip-works" },
  },
  {
    name: "DNS records changed in the datacenter move",
    text: "DNS records were changed during the datacenter move, now RDP fails by name, fine by IP",
    cause: "dns-wrong-host",
    states: { "recent-change": "dns-or-migration", "by-ip": "ip-works" },
  },
  {
    name: "old win7 laptop, any rdp host",
    text: "only my old win7 laptop fails to connect to any rdp host, 0x904. everyone else fine",
    cause: "stale-client",
    states: {
      "client-app": "windows-7",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "error-shown": "code-0x904",
    },
  },
  {
    name: "old saved .rdp file from 2019",
    text: "using an old saved .rdp file from 2019, 0x904, colleagues can connect to the same server",
    cause: "stale-client",
    states: {
      "client-change": "password-or-saved",
      "error-shown": "code-0x904",
      "who-affected": "only-this-client",
    },
  },
  {
    name: "old Microsoft Remote Desktop app on a Mac",
    text: "Old Microsoft Remote Desktop app on my mac cannot connect to any server, just me",
    cause: "stale-client",
    states: {
      "client-app": "mac-old-app",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
    },
  },
  {
    name: "password changed yesterday, every server fails for me",
    text: "after changing my password yesterday RDP to every server fails with 0x904 for me only",
    cause: "stale-client",
    states: {
      "client-change": "password-or-saved",
      "other-hosts": "all-fail",
      "error-shown": "code-0x904",
      "who-affected": "only-this-client",
    },
  },
  {
    name: "no facts: remote desktop is broken",
    text: "hey can someone help, remote desktop is broken",
    cause: "cert-expired",
    states: {},
    knows: {
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "who-affected": "everyone",
      "recent-change": "nothing-known",
    },
  },
  {
    name: "no facts: pls advise",
    text: "RDP issue with host42 pls advise",
    cause: "firewall-blocked",
    states: {},
    knows: { "error-shown": "code-0x204", "since-when": "new-server", "port-test": "false" },
  },
  {
    name: "no facts: urgent",
    text: "urgent!!! cannot connect",
    cause: "stale-client",
    states: {},
    knows: { "who-affected": "only-this-client", "other-hosts": "all-fail", "client-app": "windows-7" },
  },
  {
    name: "no facts: same as yesterday's ticket",
    text: "Remote desktop not working for me, same as yesterday's ticket",
    cause: "path-mtu",
    states: {},
    knows: { "network-path": "vpn-only-fails", "when-fails": "hangs-then-fails" },
  },
  {
    name: "no facts: question marks",
    text: "???? rdp",
    cause: "dns-wrong-host",
    states: {},
    knows: { "by-ip": "ip-works", "recent-change": "dns-or-migration" },
  },
  {
    name: "no facts: screenshot attached",
    text: "getting an error when I try to remote in, screenshot attached",
    cause: "cert-stale-name",
    states: {},
    knows: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "recent-change": "renamed",
    },
  },
];
