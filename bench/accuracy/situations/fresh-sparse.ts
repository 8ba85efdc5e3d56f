import type { Situation } from "../situation.js";

// The first blind set's sparse cases: two or three facts, no error code, "don't know" to the rest. Like
// fresh.ts, seen and studied since 2026-12-08, so split into halves like the earlier sets.
const freshSparse = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name: `fresh sparse: ${name}`,
  cause,
  facts,
  sparse: true,
});

export const freshSparseSituations: Situation[] = [
  freshSparse("nobody touched it, other servers fine, stopped at once", "cert-expired", {
    "since-when": "sudden",
    "other-hosts": "others-work",
    "recent-change": "nothing-known",
  }),
  freshSparse("shares still answer, RDP stopped for no known reason", "cert-expired", {
    "console-access": "other-remote-tools",
    "since-when": "sudden",
    "recent-change": "nothing-known",
  }),
  freshSparse("re-joined to the domain after a trust failure, fails since", "cert-stale-name", {
    "recent-change": "renamed",
    "since-when": "sudden",
  }),
  freshSparse("wildcard certificate imported, remoting still works", "cert-private-key", {
    "recent-change": "certificate",
    "console-access": "other-remote-tools",
    "since-when": "sudden",
  }),
  freshSparse("new Windows 11 PC never reached the 2008 R2 box", "tls-version-mismatch", {
    "server-os": "2008r2-or-older",
    "client-app": "windows-11",
    "since-when": "never-worked",
  }),
  freshSparse("the Linux gateway cannot reach the 2012 R2 server, Windows users can", "tls-cipher-mismatch", {
    "client-app": "freerdp",
    "server-os": "2012r2",
    "who-affected": "some",
  }),
  freshSparse("someone set the security layer to RDP on the kiosks", "security-layer-rdp-only", {
    "recent-change": "hardening",
    "hardening-detail": "security-layer",
    "who-affected": "everyone",
  }),
  freshSparse("my laptop got updates, this one old server fails, others fine", "nla-credssp", {
    "client-change": "client-updated",
    "other-hosts": "others-work",
    "since-when": "sudden",
  }),
  freshSparse("fine in the office, from the other site it hangs every time", "firewall-blocked", {
    "network-path": "outside-fails",
    "when-fails": "hangs-then-fails",
    pattern: "always",
  }),
  freshSparse("fails at once for everyone, only the VM console gets in", "rdp-service-down", {
    "when-fails": "at-connect",
    "who-affected": "everyone",
    "console-access": "console-only",
  }),
  freshSparse("only my PC, it has a third-party suite, every try", "security-software", {
    "who-affected": "only-this-client",
    "client-security": "security-suite",
    pattern: "always",
  }),
  freshSparse("drops mid-session since the client update, some users", "udp-transport", {
    "when-fails": "mid-session",
    "client-change": "client-updated",
    "who-affected": "some",
  }),
  freshSparse("over the VPN the port test passes, mstsc spins then fails", "path-mtu", {
    "network-path": "vpn",
    "when-fails": "hangs-then-fails",
    "port-test": "true",
  }),
  freshSparse("the IP works, by name it fails, nobody knows of a change", "dns-wrong-host", {
    "by-ip": "ip-works",
    "since-when": "sudden",
    "recent-change": "nothing-known",
  }),
  freshSparse("public IP, a reboot fixes it for a while", "connection-limit", {
    "network-path": "internet",
    pattern: "after-reboot",
  }),
  freshSparse("the boss's Mac with the old Remote Desktop app, only him", "stale-client", {
    "client-app": "mac-old-app",
    "who-affected": "only-this-client",
    "since-when": "sudden",
  }),
];
