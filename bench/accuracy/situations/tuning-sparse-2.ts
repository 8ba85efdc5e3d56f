import type { Situation } from "../situation.js";

// A second set of sparse cases (issue 20): two or three facts, no error code, "don't know" to the rest. Written
// from ../shared/knowledge/rdp-errors.md section 2 before the engine was run on them, as a held-in check that a
// change to the question policy or the evidence generalizes beyond the cases it was tuned on. They are split
// between the halves like the first sparse set.
const sparse = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name: `sparse 2: ${name}`,
  cause,
  facts,
  sparse: true,
});

export const tuningSparse2Situations: Situation[] = [
  // A: the host used to work and then stops; other hosts are fine.
  sparse("terminal server up for years, nobody gets in since Monday, the others are fine", "cert-expired", {
    "who-affected": "everyone",
    "since-when": "sudden",
    "other-hosts": "others-work",
  }),
  sparse("fails right at connect, for everybody, every single time", "cert-expired", {
    "when-fails": "at-connect",
    pattern: "always",
    "who-affected": "everyone",
  }),
  // A, after a rename: the certificate keeps the old name.
  sparse("renamed to the new naming scheme, fails straight away", "cert-stale-name", {
    "recent-change": "renamed",
    "when-fails": "at-connect",
  }),
  // B: a CA certificate whose private key TermService cannot read.
  sparse("RDP certificate replaced by one from the internal CA, nobody connects", "cert-private-key", {
    "recent-change": "certificate",
    "who-affected": "everyone",
    pattern: "always",
  }),
  // C: 2008 R2 ships TLS 1.1/1.2 off; new Windows 11 clients have TLS 1.0 off.
  sparse("old 2008 R2 box, only some users fail", "tls-version-mismatch", {
    "server-os": "2008r2-or-older",
    "who-affected": "some",
  }),
  sparse("the old PCs stopped connecting all at once, the new ones still do", "tls-version-mismatch", {
    "client-os-compare": "newer-work-older-fail",
    "since-when": "sudden",
  }),
  // D: FreeRDP against a 2012 R2-era cipher list.
  sparse("FreeRDP from the Linux jump host never worked against it", "tls-cipher-mismatch", {
    "client-app": "freerdp",
    "since-when": "never-worked",
  }),
  // E: a baseline set the security layer; modern clients that insist on TLS fail.
  sparse("a security baseline went on last week, everyone locked out since", "security-layer-rdp-only", {
    "recent-change": "hardening",
    "since-when": "sudden",
    "who-affected": "everyone",
  }),
  // F: the CredSSP oracle after monthly updates, one side patched.
  sparse("after patch Tuesday a few users cannot get in", "nla-credssp", {
    "recent-change": "updates",
    "who-affected": "some",
  }),
  sparse("my PC updated overnight, now I alone am refused", "nla-credssp", {
    "client-change": "client-updated",
    "who-affected": "only-this-client",
  }),
  // G / J: a new VM nobody opened the firewall for.
  sparse("new VM, nobody ever got in, it just spins and times out", "firewall-blocked", {
    "since-when": "new-server",
    "when-fails": "hangs-then-fails",
  }),
  // J: listener down; the console still works.
  sparse("only the VM console gets in since this morning, everyone else fails", "rdp-service-down", {
    "console-access": "console-only",
    "since-when": "sudden",
    "who-affected": "everyone",
  }),
  // G: a security product on the server.
  sparse("new antivirus on the server, fails since it went on", "security-software", {
    "recent-change": "security-product-change",
    "since-when": "sudden",
  }),
  // H: UDP lost: the session comes up, then a black screen and a drop.
  sparse("black screen then a drop since the client updated", "udp-transport", {
    "when-fails": "black-screen",
    "client-change": "client-updated",
  }),
  // H: MTU over VPN.
  sparse("only on the VPN, fails every time", "path-mtu", {
    "network-path": "vpn-only-fails",
    pattern: "always",
  }),
  // I: a stale record after a move.
  sparse("since the server moved some people reach the wrong box", "dns-wrong-host", {
    "recent-change": "dns-or-migration",
    "who-affected": "some",
  }),
  // K: internet-exposed, intermittent.
  sparse("internet-facing, sometimes connects, sometimes not", "connection-limit", {
    pattern: "sometimes",
    "network-path": "internet",
  }),
  // L: a stale saved connection.
  sparse("every server fails from my PC since I changed my password", "stale-client", {
    "other-hosts": "all-fail",
    "client-change": "password-or-saved",
  }),
];
