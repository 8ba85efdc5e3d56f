import type { Situation } from "../situation.js";

// Held-in cases for the evidence model (issue 20): written on 2026-12-08 from ../shared/knowledge/rdp-errors.md
// (the section of each is named) and committed before any bench run on them, after the evidence changes they
// check were made on the other sets. Not blind (their writer tuned the evidence), so not `fresh`: they show
// whether a change made for one set's misses holds on cases written for the notes, not for the misses.
const heldIn = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name: `held-in: ${name}`,
  cause,
  facts,
  batch: "held-in",
});

const heldInSparse = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name: `held-in: sparse: ${name}`,
  cause,
  facts,
  sparse: true,
  batch: "held-in",
});

export const heldInSituations: Situation[] = [
  // 2 A: the self-signed certificate ran out on a server nobody touched.
  heldIn("standalone 2019 box, the warning says the certificate expired", "cert-expired", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "expired",
    "who-affected": "everyone",
    "since-when": "sudden",
    "recent-change": "nothing-known",
    "server-os": "2016-2019",
  }),
  // 2 A, the field case: a renamed Windows 11 host keeps the old name in its certificate.
  heldIn("workstation renamed by the asset team, 0x904 extended 0x7", "cert-stale-name", {
    "error-shown": "code-0x904",
    "recent-change": "renamed",
    "since-when": "sudden",
    "who-affected": "everyone",
    "other-hosts": "others-work",
    "client-app": "windows-11",
    "port-test": "true",
  }),
  // 2 B: TermService cannot read the key; "An internal error has occurred" for everyone, by name and by IP.
  heldIn("internal error for every user, by name and by IP alike", "cert-private-key", {
    "error-shown": "internal-error",
    "who-affected": "everyone",
    pattern: "always",
    "by-ip": "same-failure",
    "port-test": "true",
  }),
  // 2 C, 4: servers hardened to TLS 1.2; Windows 7 tills without the RDC 8.0 update speak TLS 1.0 only.
  heldIn("TLS 1.0 switched off, the Windows 7 tills fail, the new PCs connect", "tls-version-mismatch", {
    "error-shown": "code-0x904",
    "recent-change": "hardening",
    "hardening-detail": "old-tls-off",
    "client-app": "windows-7",
    "who-affected": "some",
    "client-os-compare": "newer-work-older-fail",
    "since-when": "sudden",
  }),
  // 2 D: an OpenSSL gateway wants ECDHE-RSA-GCM; the 2012 R2 default list has none ("connection reset by peer").
  heldIn("FreeRDP-based gateway resets against the 2012 R2 hosts, 2016 hosts fine", "tls-cipher-mismatch", {
    "error-shown": "other",
    "client-app": "freerdp",
    "server-os": "2012r2",
    "since-when": "never-worked",
    "who-affected": "some",
    "other-hosts": "others-work",
  }),
  // 2 E: a vendor panel offers only RDP security; a client that insists on TLS never gets in.
  heldIn(
    "vendor panel on RDP security, the Windows App on the Macs never got in",
    "security-layer-rdp-only",
    {
      "client-app": "windows-app-current",
      "since-when": "never-worked",
      "who-affected": "some",
      "recent-change": "nothing-known",
      "port-test": "true",
    },
  ),
  // 2 F: updated clients set to Mitigated are blocked by a server without the 2018 CredSSP update.
  heldIn("'function requested is not supported' from the updated laptops", "nla-credssp", {
    "error-shown": "credssp",
    "credssp-patch-level": "server-behind",
    "client-change": "client-updated",
    "who-affected": "some",
    "since-when": "sudden",
    "server-os": "2016-2019",
  }),
  // 2 G, J: the firewall profile went to Public after a network change; the RDP rule is not on for it.
  heldIn("firewall profile switched after the NIC change, 0x204 after a long wait", "firewall-blocked", {
    "error-shown": "code-0x204",
    "when-fails": "hangs-then-fails",
    "since-when": "sudden",
    "who-affected": "everyone",
    "recent-change": "firewall-change",
    "port-test": "false",
  }),
  // 2 J: 'Allow users to connect remotely' disabled by policy: the port refuses at once, shares still answer.
  heldIn("remote connections disabled by policy, refused at once, shares fine", "rdp-service-down", {
    "error-shown": "code-0x204",
    "when-fails": "at-connect",
    "who-affected": "everyone",
    "since-when": "sudden",
    "console-access": "other-remote-tools",
    "port-test": "false",
  }),
  // 2 G: an EDR agent on the server lets TCP connect and then kills the RDP session setup.
  heldIn("EDR agent pushed to the server, the port answers, RDP drops", "security-software", {
    "error-shown": "code-0x904",
    "recent-change": "security-product-change",
    "who-affected": "everyone",
    "port-test": "true",
    "since-when": "sudden",
  }),
  // 2 H (weak source): 24H2 clients to Server 2016 drop about a minute into the session over UDP.
  heldIn("24H2 laptops to the 2016 RDSH, sessions drop after about a minute", "udp-transport", {
    "when-fails": "mid-session",
    "client-change": "client-updated",
    "server-os": "2016-2019",
    "client-app": "windows-11",
    pattern: "always",
  }),
  // 2 H: a new tunnel with a smaller MTU: the port test passes, TLS stalls at 'securing remote connection'.
  heldIn("new WireGuard tunnel, hangs at securing the connection, port test True", "path-mtu", {
    "network-path": "vpn-only-fails",
    "when-fails": "hangs-then-fails",
    "who-affected": "some",
    "port-test": "true",
  }),
  // 2 I: after the move the old record answers; the certificate names the other host, the IP works.
  heldIn("after the move the name reaches the old host, by IP it works", "dns-wrong-host", {
    "error-shown": "cert-warning",
    "cert-warning-detail": "name-mismatch",
    "by-ip": "ip-works",
    "recent-change": "dns-or-migration",
    "who-affected": "some",
  }),
  // 2 K: a forwarded port under brute force fills the queue of incomplete connections.
  heldIn("forwarded 3389, event 1006, worse every week", "connection-limit", {
    "network-path": "internet",
    "internet-exposed": "under-attack",
    pattern: "sometimes",
    "since-when": "getting-worse",
  }),
  // 2 L: a saved connection with the old password; the other hosts are fine from the same PC.
  heldIn("saved .rdp with the old password, only this PC, other hosts fine", "stale-client", {
    "error-shown": "code-0x904",
    "client-change": "password-or-saved",
    "who-affected": "only-this-client",
    "other-hosts": "others-work",
  }),

  // Sparse: two or three facts, no error code, "don't know" to the rest.
  heldInSparse("patch night, now the port test says False for everyone", "rdp-service-down", {
    "recent-change": "updates",
    "port-test": "false",
    "who-affected": "everyone",
  }),
  heldInSparse("the vendor set the security layer, the Linux clients fail", "security-layer-rdp-only", {
    "recent-change": "hardening",
    "hardening-detail": "security-layer",
    "client-app": "freerdp",
  }),
  heldInSparse("after patch Tuesday only the updated laptops fail", "nla-credssp", {
    "client-change": "client-updated",
    "who-affected": "some",
    "since-when": "sudden",
  }),
  heldInSparse("nothing changed, everyone fails every time", "cert-expired", {
    "recent-change": "nothing-known",
    "who-affected": "everyone",
    pattern: "always",
  }),
  heldInSparse("over the VPN it hangs, in the office it works", "path-mtu", {
    "network-path": "vpn-only-fails",
    "when-fails": "hangs-then-fails",
  }),
  heldInSparse("the Windows 7 PC alone fails, on every server", "stale-client", {
    "client-app": "windows-7",
    "other-hosts": "all-fail",
    "who-affected": "only-this-client",
  }),
  heldInSparse("new cloud VM never worked, it hangs for everyone", "firewall-blocked", {
    "since-when": "new-server",
    "when-fails": "hangs-then-fails",
    "who-affected": "everyone",
  }),
];
