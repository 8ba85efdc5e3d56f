import type { Situation } from "../situation.js";

// Issue 20: the person knows two or three things and no error code; everything else is "don't know". Each
// case is one a support engineer meets with someone who only uses the server, written from rdp-errors.md.
const sparse = (name: string, cause: string, facts: Record<string, string>): Situation => ({
  name,
  cause,
  facts,
  sparse: true,
});

export const sparseSituations: Situation[] = [
  sparse("sparse: renamed last night, nobody gets in", "cert-stale-name", {
    "recent-change": "renamed",
    "who-affected": "everyone",
  }),
  sparse("sparse: the clone stopped taking RDP at once, every try", "cert-stale-name", {
    "recent-change": "renamed",
    "since-when": "sudden",
    pattern: "always",
  }),
  sparse("sparse: untouched server, all users out since this morning", "cert-expired", {
    "since-when": "sudden",
    "recent-change": "nothing-known",
    "who-affected": "everyone",
  }),
  sparse("sparse: everyone fails on every try, other servers fine", "cert-expired", {
    "who-affected": "everyone",
    pattern: "always",
    "other-hosts": "others-work",
  }),
  sparse("sparse: certificate swapped, everyone fails", "cert-private-key", {
    "recent-change": "certificate",
    "who-affected": "everyone",
  }),
  sparse("sparse: new CA certificate, fails on every attempt since", "cert-private-key", {
    "recent-change": "certificate",
    "since-when": "sudden",
    pattern: "always",
  }),
  sparse("sparse: TLS hardening, only the Windows 7 desk fails", "tls-version-mismatch", {
    "recent-change": "hardening",
    "who-affected": "some",
    "client-app": "windows-7",
  }),
  sparse("sparse: new Windows 11 laptops fail, older ones connect", "tls-version-mismatch", {
    "client-os-compare": "older-work-newer-fail",
    "who-affected": "some",
  }),
  sparse("sparse: Linux client never got in, colleagues on Windows do", "tls-cipher-mismatch", {
    "client-app": "freerdp",
    "since-when": "never-worked",
    "who-affected": "only-this-client",
  }),
  sparse("sparse: a baseline hit the appliance, everyone, every time", "security-layer-rdp-only", {
    "recent-change": "hardening",
    "who-affected": "everyone",
    pattern: "always",
  }),
  sparse("sparse: both sides patched differently, a few users locked out", "nla-credssp", {
    "recent-change": "updates",
    "client-change": "client-updated",
    "who-affected": "some",
  }),
  sparse("sparse: brand-new server hangs, then fails for all", "firewall-blocked", {
    "since-when": "new-server",
    "when-fails": "hangs-then-fails",
    "who-affected": "everyone",
  }),
  sparse("sparse: firewall work on Friday, nobody connects", "firewall-blocked", {
    "recent-change": "firewall-change",
    "who-affected": "everyone",
  }),
  sparse("sparse: shares still answer, RDP gone for all since the morning", "rdp-service-down", {
    "console-access": "other-remote-tools",
    "who-affected": "everyone",
    "since-when": "sudden",
  }),
  sparse("sparse: EDR rolled out on the server, everyone out", "security-software", {
    "recent-change": "security-product-change",
    "who-affected": "everyone",
  }),
  sparse("sparse: new VPN client and filter on the laptop, every host fails", "security-software", {
    "client-change": "security-or-vpn-installed",
    "other-hosts": "all-fail",
  }),
  sparse("sparse: session freezes after a minute, now and then", "udp-transport", {
    "when-fails": "mid-session",
    pattern: "sometimes",
  }),
  sparse("sparse: black screen then drop for some users", "udp-transport", {
    "when-fails": "black-screen",
    "who-affected": "some",
  }),
  sparse("sparse: only over the VPN, hangs before failing", "path-mtu", {
    "network-path": "vpn-only-fails",
    "when-fails": "hangs-then-fails",
  }),
  sparse("sparse: VPN users only, some of them", "path-mtu", {
    "network-path": "vpn-only-fails",
    "who-affected": "some",
  }),
  sparse("sparse: the IP works, the name does not, for some", "dns-wrong-host", {
    "by-ip": "ip-works",
    "who-affected": "some",
  }),
  sparse("sparse: after the move the IP works and the name does not", "dns-wrong-host", {
    "recent-change": "dns-or-migration",
    "by-ip": "ip-works",
  }),
  sparse("sparse: worse each week, a reboot buys a day", "connection-limit", {
    pattern: "after-reboot",
    "since-when": "getting-worse",
  }),
  sparse("sparse: port forwarded, failing more often, some tries work", "connection-limit", {
    "network-path": "internet",
    pattern: "sometimes",
    "since-when": "getting-worse",
  }),
  sparse("sparse: only my laptop, every host fails since the password change", "stale-client", {
    "who-affected": "only-this-client",
    "other-hosts": "all-fail",
    "client-change": "password-or-saved",
  }),
  sparse("sparse: the Windows 7 desk alone fails", "stale-client", {
    "client-app": "windows-7",
    "who-affected": "only-this-client",
  }),
];
