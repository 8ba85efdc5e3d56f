import type { Situation } from "../situation.js";

// The third blind set's sparse cases (issue 20): two or three facts, no error code, "don't know" to the rest.
// Written blind on 2026-12-08 from the knowledge notes and the flow's ids only, before any bench run on it:
// always reported, never tune on it.
const blind3Sparse = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name: `blind-3: sparse: ${name}`,
  cause,
  facts,
  sparse: true,
  fresh: true,
});

export const blind3SparseSituations: Situation[] = [
  blind3Sparse("everybody at once, nothing changed that anyone knows of", "cert-expired", {
    "who-affected": "everyone",
    "since-when": "sudden",
    "recent-change": "nothing-known",
  }),
  blind3Sparse("the prompt says the certificate date is wrong", "cert-expired", {
    "cert-warning-detail": "expired",
    "who-affected": "everyone",
  }),
  blind3Sparse("re-joined to the domain yesterday", "cert-stale-name", {
    "recent-change": "renamed",
    "who-affected": "everyone",
  }),
  blind3Sparse("the certificate names another computer, all users", "cert-stale-name", {
    "cert-warning-detail": "name-mismatch",
    "who-affected": "everyone",
    "by-ip": "same-failure",
  }),
  blind3Sparse("new certificate installed, fails right away for all", "cert-private-key", {
    "recent-change": "certificate",
    "who-affected": "everyone",
    "when-fails": "at-connect",
  }),
  blind3Sparse("old clients fail since TLS was tightened", "tls-version-mismatch", {
    "hardening-detail": "old-tls-off",
    "client-os-compare": "newer-work-older-fail",
  }),
  blind3Sparse("only the Windows 7 machines, the rest fine", "tls-version-mismatch", {
    "client-app": "windows-7",
    "who-affected": "some",
  }),
  blind3Sparse("cipher order changed, some users fail", "tls-cipher-mismatch", {
    "hardening-detail": "cipher-list",
    "who-affected": "some",
  }),
  blind3Sparse("security layer set by policy, Remmina fails", "security-layer-rdp-only", {
    "hardening-detail": "security-layer",
    "client-app": "freerdp",
  }),
  blind3Sparse("ancient server, the newer clients give up", "security-layer-rdp-only", {
    "server-os": "2008r2-or-older",
    "client-os-compare": "older-work-newer-fail",
    "who-affected": "some",
  }),
  blind3Sparse("server unpatched for ages, after the client updates", "nla-credssp", {
    "credssp-patch-level": "server-behind",
    "client-change": "client-updated",
  }),
  blind3Sparse("router swapped, nobody gets through", "firewall-blocked", {
    "recent-change": "firewall-change",
    "who-affected": "everyone",
    "when-fails": "hangs-then-fails",
  }),
  blind3Sparse("the port test fails, file shares still work", "rdp-service-down", {
    "port-test": "false",
    "console-access": "other-remote-tools",
  }),
  blind3Sparse("only the hypervisor console gets in, after updates", "rdp-service-down", {
    "console-access": "console-only",
    "recent-change": "updates",
  }),
  blind3Sparse("new antivirus on the server, everybody fails", "security-software", {
    "recent-change": "security-product-change",
    "who-affected": "everyone",
  }),
  blind3Sparse("session drops after a minute, through the VPN", "udp-transport", {
    "when-fails": "mid-session",
    "network-path": "vpn",
  }),
  blind3Sparse("fine in the office, not over the VPN, hangs first", "path-mtu", {
    "network-path": "vpn-only-fails",
    "when-fails": "hangs-then-fails",
  }),
  blind3Sparse("from home fails, in the office fine, no VPN", "path-mtu", {
    "network-path": "outside-fails",
    "who-affected": "some",
  }),
  blind3Sparse("by IP it works, the server was moved", "dns-wrong-host", {
    "by-ip": "ip-works",
    "recent-change": "dns-or-migration",
  }),
  blind3Sparse("open to the internet, sometimes it works", "connection-limit", {
    "internet-exposed": "exposed",
    pattern: "sometimes",
  }),
  blind3Sparse("reboot fixes it for a day", "connection-limit", {
    pattern: "after-reboot",
    "who-affected": "everyone",
  }),
  blind3Sparse("only my laptop, other servers fine from it, old shortcut", "stale-client", {
    "who-affected": "only-this-client",
    "client-change": "password-or-saved",
    "other-hosts": "others-work",
  }),
];
