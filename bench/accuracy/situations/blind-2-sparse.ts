import type { Situation } from "../situation.js";

// The second blind set's sparse cases (issue 20): two or three facts, no error code, "don't know" to the rest.
// Written blind on 2026-12-08, measured and studied the same day, so split into halves like the earlier sets,
// as its own batch. The blind set now is blind-3.
const blind2Sparse = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name: `blind-2: sparse: ${name}`,
  cause,
  facts,
  sparse: true,
  batch: "blind-2",
});

export const blind2SparseSituations: Situation[] = [
  blind2Sparse("whole team locked out, file shares still work, nobody touched it", "cert-expired", {
    "who-affected": "everyone",
    "console-access": "other-remote-tools",
    "recent-change": "nothing-known",
  }),
  blind2Sparse("every attempt fails for everyone since this morning", "cert-expired", {
    pattern: "always",
    "who-affected": "everyone",
    "since-when": "sudden",
  }),
  blind2Sparse("renamed last week, everybody fails", "cert-stale-name", {
    "recent-change": "renamed",
    "who-affected": "everyone",
  }),
  blind2Sparse("new certificate put in, fails for everyone at once", "cert-private-key", {
    "recent-change": "certificate",
    "since-when": "sudden",
    "who-affected": "everyone",
  }),
  blind2Sparse("fresh laptop, old 2008 R2 server, only this laptop", "tls-version-mismatch", {
    "server-os": "2008r2-or-older",
    "client-change": "new-machine",
    "who-affected": "only-this-client",
  }),
  blind2Sparse("servers hardened, the Windows 7 PC is the one failing", "tls-version-mismatch", {
    "recent-change": "hardening",
    "client-app": "windows-7",
  }),
  blind2Sparse("Linux client to a 2012 R2 server", "tls-cipher-mismatch", {
    "client-app": "freerdp",
    "server-os": "2012r2",
  }),
  blind2Sparse("hardening done, the iPad users fail, others not", "security-layer-rdp-only", {
    "recent-change": "hardening",
    "client-app": "mac-mobile",
    "who-affected": "some",
  }),
  blind2Sparse("server not patched in years, the client just got updates", "nla-credssp", {
    "credssp-patch-level": "server-behind",
    "client-change": "client-updated",
  }),
  blind2Sparse("unpatched Windows 7 client, fails only from it", "nla-credssp", {
    "credssp-patch-level": "client-behind",
    "client-app": "windows-7",
    "who-affected": "only-this-client",
  }),
  blind2Sparse("network change last night, the port test says False", "firewall-blocked", {
    "port-test": "false",
    "recent-change": "firewall-change",
  }),
  blind2Sparse("new server, works inside, from outside the port test fails", "firewall-blocked", {
    "network-path": "outside-fails",
    "port-test": "false",
    "since-when": "new-server",
  }),
  blind2Sparse("after updates, remoting still works, port closed", "rdp-service-down", {
    "port-test": "false",
    "console-access": "other-remote-tools",
    "recent-change": "updates",
  }),
  blind2Sparse("EDR updated on the server, everyone fails", "security-software", {
    "recent-change": "security-product-change",
    "who-affected": "everyone",
  }),
  blind2Sparse("laptop with AV and VPN client, no host works from it", "security-software", {
    "client-security": "both",
    "other-hosts": "all-fail",
  }),
  blind2Sparse("over the VPN, the session drops after it opened", "udp-transport", {
    "when-fails": "mid-session",
    "network-path": "vpn",
  }),
  blind2Sparse("only over the VPN, hangs a long time then fails", "path-mtu", {
    "network-path": "vpn-only-fails",
    "when-fails": "hangs-then-fails",
  }),
  blind2Sparse("moved to a new address, by IP it works", "dns-wrong-host", {
    "by-ip": "ip-works",
    "recent-change": "dns-or-migration",
  }),
  blind2Sparse("open to the internet with many failed logons, works now and then", "connection-limit", {
    "internet-exposed": "under-attack",
    pattern: "sometimes",
  }),
  blind2Sparse("old Mac app, only this user", "stale-client", {
    "client-app": "mac-old-app",
    "who-affected": "only-this-client",
  }),
  blind2Sparse("password changed, other hosts connect fine", "stale-client", {
    "client-change": "password-or-saved",
    "other-hosts": "others-work",
  }),
];
