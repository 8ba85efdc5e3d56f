import type { Report } from "./report.js";

// A sixth batch for the second round of reading work (issue 20), written after the fifth was tuned on: a
// formal email, a rant, a terse Discord line, a form-style ticket, and posts naming products and OS tokens
// not used yet. Every fact the words give, including facts implied by names, nothing guessed. Measured once
// before any wording was added for it, then tuned on. Split into halves on its own (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-8" });

export const tuningPosts8: Report[] = [
  post({
    name: "formal email: inability to access the terminal server",
    text: "Dear IT, since Wednesday morning I am unable to access the terminal server from my home office. In the office the connection works as expected. I use the company VPN (Pulse Secure). Kind regards",
    cause: "path-mtu",
    states: {
      "since-when": "sudden",
      "network-path": "vpn-only-fails",
      "client-security": "vpn-client",
    },
  }),
  post({
    name: "rant: rdp to the 2k19 box dies the second I hit connect",
    text: "ugh. rdp to the 2k19 box dies the second i hit connect, 10 times in a row now. nobody touched it afaik",
    cause: "cert-expired",
    states: {
      "server-os": "2016-2019",
      "when-fails": "at-connect",
      pattern: "always",
      "recent-change": "nothing-known",
    },
  }),
  post({
    name: "Discord: win server 2019 vm on proxmox, only noVNC works",
    text: "my win server 2019 vm on proxmox won't do rdp anymore, only the novnc console works lol",
    cause: "firewall-blocked",
    states: { "server-os": "2016-2019", "console-access": "console-only", "since-when": "sudden" },
  }),
  post({
    name: "form ticket: affected users, error, since",
    text: "Affected users: all. Error: 'The remote computer requires Network Level Authentication'. Since: after the GPO update today",
    cause: "nla-credssp",
    states: {
      "who-affected": "everyone",
      "since-when": "sudden",
      "recent-change": "hardening",
    },
  }),
  post({
    name: "Bitdefender GravityZone on the RD host after install",
    text: "installed Bitdefender GravityZone on the RD session host, since then users get disconnected right after login with a black screen",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "since-when": "sudden",
      "when-fails": "black-screen",
    },
  }),
  post({
    name: "Windows Server 2003 legacy app box, Win11 fails, XP VM works",
    text: "legacy app still on windows server 2003. from win11 no chance, from an old xp vm it connects",
    cause: "tls-version-mismatch",
    states: {
      "server-os": "2008r2-or-older",
      "client-app": "windows-11",
      "client-os-compare": "older-work-newer-fail",
    },
  }),
  post({
    name: "Azure Virtual Desktop? no, plain VM with public IP hammered",
    text: "not AVD, just a plain vm with a public ip. rdp is getting hammered by bots, we see 20k failed logon events a day and half the time we can't log in",
    cause: "connection-limit",
    states: { "internet-exposed": "under-attack", pattern: "sometimes" },
  }),
  post({
    name: "name resolves to two IPs, one old",
    text: "nslookup for crm01 returns two addresses, one of them is the old server. by ip it connects every time",
    cause: "dns-wrong-host",
    states: { "by-ip": "ip-works" },
  }),
  post({
    name: "renewed cert from the CA, MachineKeys permissions",
    text: "after we swapped in the new cert from our ca the rdp listener logs schannel 36870 and everyone gets 'internal error'",
    cause: "cert-private-key",
    states: {
      "recent-change": "certificate",
      "who-affected": "everyone",
      "error-shown": "internal-error",
    },
  }),
  post({
    name: "no facts: 'rdp again'",
    text: "rdp again...",
    cause: "udp-transport",
    states: {},
    knows: { "when-fails": "mid-session" },
  }),
];
