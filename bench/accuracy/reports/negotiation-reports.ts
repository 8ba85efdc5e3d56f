import type { Report } from "./report.js";

// TLS, security layer and CredSSP causes (rdp-errors.md 2 C-F), as people report them.
export const negotiationReports: Report[] = [
  {
    name: "win11 laptops against the 2k8r2 box",
    text: "New win11 laptops can't RDP to the old 2k8r2 box, win10 works fine. 0x904.",
    cause: "tls-version-mismatch",
    states: {
      "client-os-compare": "older-work-newer-fail",
      "server-os": "2008r2-or-older",
      "error-shown": "code-0x904",
      "client-app": "windows-11",
    },
  },
  {
    name: "TLS 1.0 off, old Windows 7 thin client",
    text: "after the hardening GPO turned off TLS 1.0 on the app servers, my old Windows 7 thin client gets 0x904. Others are fine.",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "old-tls-off",
      "client-app": "windows-7",
      "who-affected": "only-this-client",
      "error-shown": "code-0x904",
    },
  },
  {
    name: "only the Windows 11 machines fail on the legacy host",
    text: "Only the Windows 11 machines fail against the legacy Server 2008 R2 host, older ones connect fine",
    cause: "tls-version-mismatch",
    states: {
      "client-os-compare": "older-work-newer-fail",
      "server-os": "2008r2-or-older",
      "client-app": "windows-11",
    },
  },
  {
    name: "baseline last week, Win7 fails, 11 works",
    text: "security baseline applied last week, since then Win7 clients fail, windows 11 works",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "baseline",
      "client-os-compare": "newer-work-older-fail",
    },
  },
  {
    name: "Remmina never worked against 2012 R2",
    text: "Remmina on ubuntu can't connect to the 2012 R2 server, it never worked. mstsc from windows works for everyone else",
    cause: "tls-cipher-mismatch",
    states: {
      "client-app": "freerdp",
      "server-os": "2012r2",
      "since-when": "never-worked",
      "who-affected": "only-this-client",
    },
  },
  {
    name: "cipher order GPO, some people",
    text: "we changed the cipher suite order via GPO and now some people get 0x904",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "who-affected": "some",
      "error-shown": "code-0x904",
    },
  },
  {
    name: "xfreerdp jumpbox, by IP as well",
    text: "xfreerdp from the linux jumpbox fails against server 2012 but windows clients are fine, tried by IP as well, same",
    cause: "tls-cipher-mismatch",
    states: { "client-app": "freerdp", "server-os": "2012r2", "by-ip": "same-failure" },
  },
  {
    name: "cipher suites trimmed on Friday",
    text: "cipher suites got trimmed by the hardening script on friday; rdp 0x904 since then for a few users",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "error-shown": "code-0x904",
      "who-affected": "some",
    },
  },
  {
    name: "vendor appliance image never worked",
    text: "Brand new server from the vendor appliance image, RDP never worked, internal error every single time, everyone",
    cause: "security-layer-rdp-only",
    states: {
      "since-when": "new-server",
      "error-shown": "internal-error",
      pattern: "always",
      "who-affected": "everyone",
    },
  },
  {
    name: "security layer set to RDP for FIPS",
    text: "someone set the security layer to RDP in the GPO (FIPS compliance project), now we get an internal error from all clients",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "error-shown": "internal-error",
      "who-affected": "everyone",
    },
  },
  {
    name: "FIPS mode yesterday, internal error",
    text: "FIPS mode enabled on the server yesterday, mstsc: an internal error has occurred. every time.",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "error-shown": "internal-error",
      pattern: "always",
    },
  },
  {
    name: "hardened image, internal error for every user",
    text: "new vm just deployed from the hardened image, rdp fails with internal error for every user",
    cause: "security-layer-rdp-only",
    states: { "since-when": "new-server", "error-shown": "internal-error", "who-affected": "everyone" },
  },
  {
    name: "encryption oracle from a freshly patched laptop",
    text: "CredSSP encryption oracle remediation error connecting to DC02 from my freshly patched laptop",
    cause: "nla-credssp",
    states: { "error-shown": "credssp", "client-change": "client-updated" },
  },
  {
    name: "authentication error after patch Tuesday, only me",
    text: "An authentication error has occurred, the function requested is not supported. Started after patch tuesday, only me so far",
    cause: "nla-credssp",
    states: { "error-shown": "credssp", "recent-change": "updates", "who-affected": "only-this-client" },
  },
  {
    name: "credssp since the server updates, colleagues too",
    text: "credssp error since the server updates last night, colleagues too",
    cause: "nla-credssp",
    states: {
      "error-shown": "credssp",
      "recent-change": "updates",
      "who-affected": "everyone",
      "since-when": "sudden",
    },
  },
  {
    name: "oracle thing on an unpatched 2012 box",
    text: "getting the encryption oracle thing on an old unpatched 2012 box from my win11 laptop",
    cause: "nla-credssp",
    states: {
      "error-shown": "credssp",
      "server-os": "2012r2",
      "client-app": "windows-11",
      "credssp-patch-level": "server-behind",
    },
  },
];
