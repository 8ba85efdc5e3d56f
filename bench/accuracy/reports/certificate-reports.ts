import type { Report } from "./report.js";

// Certificate and key causes (rdp-errors.md 2 A, 2 B), as people report them.
export const certificateReports: Report[] = [
  {
    name: "fin-app02 since this morning, whole team",
    text: "rdp to fin-app02 dies w/ 0x904 ext 0x7 since this morning. whole team affected, nothing changed on our side afaik",
    cause: "cert-expired",
    states: {
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "who-affected": "everyone",
      "recent-change": "nothing-known",
    },
    knows: { pattern: "always" },
  },
  {
    name: "print server certificate says expired",
    text: "Getting a cert warning when RDPing to the print server, and 'view certificate' shows it expired last week. Then it just fails. Everyone in accounting has the same.",
    cause: "cert-expired",
    states: { "error-shown": "cert-warning", "cert-warning-detail": "expired", "who-affected": "everyone" },
  },
  {
    name: "SQL03 since Monday, every time",
    text: "Hi team, nobody can remote into SQL03 since Monday morning. Error 0x904. Every time.",
    cause: "cert-expired",
    states: {
      "who-affected": "everyone",
      "since-when": "sudden",
      "error-shown": "code-0x904",
      pattern: "always",
    },
    knows: { "recent-change": "nothing-known" },
  },
  {
    name: "acct-07 untouched for a year",
    text: "RDP to host acct-07 fails for all users, 2308 extended 0x7. Server has been up for a year untouched, no changes.",
    cause: "cert-expired",
    states: { "error-shown": "code-0x904", "who-affected": "everyone", "recent-change": "nothing-known" },
  },
  {
    name: "fs01 renamed last night",
    text: "we renamed the file server last night (fs01 -> fs-core01) and now nobody can RDP to it. 0x904 / 0x7",
    cause: "cert-stale-name",
    states: { "recent-change": "renamed", "error-shown": "code-0x904", "who-affected": "everyone" },
  },
  {
    name: "cloned from the template, same by IP",
    text: "Server was cloned from the template VM yesterday, RDP gives a certificate warning with the wrong name on the cert and then fails. Works by IP? nope, same error by IP.",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "by-ip": "same-failure",
    },
  },
  {
    name: "rejoined under a new name",
    text: "After rejoining the domain under its new name, app-srv-9 refuses rdp with 0x904 for every1",
    cause: "cert-stale-name",
    states: { "recent-change": "renamed", "error-shown": "code-0x904", "who-affected": "everyone" },
  },
  {
    name: "certificate for the old hostname",
    text: "cert warning says the certificate is for the old hostname, since the rename on friday nothing works for anyone",
    cause: "cert-stale-name",
    states: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "recent-change": "renamed",
      "who-affected": "everyone",
    },
  },
  {
    name: "internal CA certificate on the RDS host",
    text: "Installed a new certificate from our internal CA on the RDS host this morning, since then 'an internal error has occurred' for everyone",
    cause: "cert-private-key",
    states: { "recent-change": "certificate", "error-shown": "internal-error", "who-affected": "everyone" },
  },
  {
    name: "wildcard cert swapped on gw01",
    text: "We swapped the cert on gw01 for the wildcard one. now RDP fails instantly with 0x904, every attempt, all users",
    cause: "cert-private-key",
    states: {
      "recent-change": "certificate",
      "error-shown": "code-0x904",
      "when-fails": "at-connect",
      pattern: "always",
      "who-affected": "everyone",
    },
  },
  {
    name: "PKI renewed it on Tuesday, not only me",
    text: "internal error when connecting to hr-app, the certificate was renewed by the PKI team on tuesday. Not only me.",
    cause: "cert-private-key",
    states: { "error-shown": "internal-error", "recent-change": "certificate", "who-affected": "everyone" },
  },
  {
    name: "CA cert replaced, jump host",
    text: "Since our CA cert got replaced RDP to the jump host throws 0x904 straight away",
    cause: "cert-private-key",
    states: { "recent-change": "certificate", "error-shown": "code-0x904", "when-fails": "at-connect" },
    knows: { "who-affected": "everyone" },
  },
  {
    name: "whole floor, no VPN, nothing changed",
    text: "Not only me, and no VPN involved - the whole floor gets 0x904 since this morning, nothing changed",
    cause: "cert-expired",
    states: {
      "who-affected": "everyone",
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "recent-change": "nothing-known",
    },
  },
  {
    name: "SCCM box since yesterday, same building",
    text: "no changes on the server, not a VPN user, i'm in the same building. RDP 0x904 to the SCCM box since yday, all users",
    cause: "cert-expired",
    states: {
      "recent-change": "nothing-known",
      "network-path": "same-network",
      "error-shown": "code-0x904",
      "since-when": "sudden",
      "who-affected": "everyone",
    },
  },
  {
    name: "every time, not by IP either, only this server",
    text: "It isn't intermittent, fails every time. Doesn't work by IP either. Only this server, other servers are fine.",
    cause: "cert-private-key",
    states: { pattern: "always", "by-ip": "same-failure", "other-hosts": "others-work" },
    knows: { "recent-change": "certificate", "who-affected": "everyone" },
  },
];
