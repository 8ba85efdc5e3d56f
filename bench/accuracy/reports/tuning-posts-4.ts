import type { Report } from "./report.js";

// A second batch written for the second round of reading work (issue 20), after the first batch was tuned on:
// yet other voices (an MSP tech, a student lab admin, a German-English writer, a long pasted ticket, a one-liner
// with only codes), stating every fact the words give, including facts implied by names. Measured once before
// any wording was added for it, then tuned on. Split into halves on its own (`batch`).
const post = (report: Report): Report => ({ ...report, batch: "tuning-posts-4" });

export const tuningPosts4: Report[] = [
  post({
    name: "MSP: client's SBS box, brute force, reboots help",
    text: "msp here - customer runs rdp straight on the wan ip of their old 2008 r2 box. after a reboot it's ok for a few hours then nobody gets in. tons of failed logins in the security log",
    cause: "connection-limit",
    states: {
      "server-os": "2008r2-or-older",
      "internet-exposed": "under-attack",
      pattern: "after-reboot",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "lab admin: Ubuntu students via Remmina, Windows students fine",
    text: "students on ubuntu using remmina cant get into the lab vms (2019), the ones on windows laptops have no problems. started after we imported the new gpo",
    cause: "tls-cipher-mismatch",
    states: {
      "client-app": "freerdp",
      "server-os": "2016-2019",
      "who-affected": "some",
      "recent-change": "hardening",
      "since-when": "sudden",
    },
  }),
  post({
    name: "German-English: since Windows update Tuesday no connection",
    text: "Hello, since the Windows Update on tuesday I get no connection to the Terminalserver anymore, message is 'An internal error has occurred'. Colleagues have the same problem.",
    cause: "cert-private-key",
    states: {
      "since-when": "sudden",
      "error-shown": "internal-error",
      "who-affected": "everyone",
    },
  }),
  post({
    name: "only codes",
    text: "0x904 / 0x7 again on rds03",
    cause: "cert-expired",
    states: { "error-shown": "code-0x904" },
  }),
  post({
    name: "long ticket: new laptop, Forticlient, mid-session drops",
    text: "Ticket #4471. Since receiving her replacement laptop on Monday the user's RDP session to FIN-TS drops after roughly 2 minutes while working over FortiClient from home. In the office the same laptop works all day. No other user has reported this.",
    cause: "path-mtu",
    states: {
      "client-change": "new-machine",
      "since-when": "sudden",
      "when-fails": "mid-session",
      "network-path": "vpn-only-fails",
      "who-affected": "only-this-client",
      "client-security": "vpn-client",
    },
  }),
  post({
    name: "iLO shows the server up, RDP port closed, other servers fine",
    text: "web01 won't take rdp, 0x204. iLO console shows it's up and logged in. Test-NetConnection on 3389 comes back False. all other servers in that rack connect fine",
    cause: "rdp-service-down",
    states: {
      "error-shown": "code-0x204",
      "console-access": "console-only",
      "port-test": "false",
      "other-hosts": "others-work",
    },
  }),
  post({
    name: "cert on the gateway host is for the old FQDN",
    text: "after we changed the public FQDN, connecting shows a warning that the certificate name doesn't match, and after clicking yes we get 0x904 ext 0x7",
    cause: "cert-stale-name",
    states: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "recent-change": "renamed",
    },
  }),
  post({
    name: "every other attempt, only from the new subnet",
    text: "clients in the new 10.20 subnet get 0x904 about every second attempt, the old subnet never has the issue",
    cause: "connection-limit",
    states: { "error-shown": "code-0x904", pattern: "sometimes", "who-affected": "some" },
  }),
  post({
    name: "Defender for Endpoint onboarding on the RDS hosts",
    text: "we onboarded the rds hosts to defender for endpoint last week, now users get kicked right after entering their password. nothing in the fw changed",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "when-fails": "at-connect",
    },
  }),
  post({
    name: "Server 2012 hardened with IIS Crypto, Win7 POS terminals dead",
    text: "someone ran iis crypto 'best practices' on the 2012 pos server, now all the win7 POS terminals fail but the manager's win10 pc can still connect",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "baseline",
      "server-os": "2012r2",
      "client-os-compare": "newer-work-older-fail",
      "who-affected": "some",
    },
  }),
  post({
    name: "no facts: rdp weird",
    text: "rdp being weird again?",
    cause: "udp-transport",
    states: {},
    knows: { "when-fails": "mid-session", "network-path": "vpn" },
  }),
  post({
    name: "hangs at initiating, over wireguard from home",
    text: "over wireguard from home mstsc hangs at 'initiating remote connection' for ~30s then gives up, no vpn in the office and there it's instant",
    cause: "path-mtu",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
    },
  }),
  post({
    name: "password reset, saved creds, only me",
    text: "had to reset my password this morning, now my saved rdp connection to build01 fails. only me it seems",
    cause: "stale-client",
    states: { "client-change": "password-or-saved", "who-affected": "only-this-client" },
  }),
  post({
    name: "by FQDN fails, by short name and IP fine, DNS moved to new DCs",
    text: "by fqdn rdp goes to the wrong machine, by ip it works. we moved DNS to the new DCs last week",
    cause: "dns-wrong-host",
    states: { "by-ip": "ip-works", "recent-change": "dns-or-migration" },
  }),
];
