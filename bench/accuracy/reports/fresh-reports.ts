import type { Report } from "./report.js";

// The first blind set of posts (issue 20), written as people post in a support channel. `states` holds only
// what a careful reader takes from the words. Seen and studied since 2026-12-08, so split into halves like
// the earlier posts; the blind posts now are in blind-2-reports.ts.
const post = (name: string, report: Omit<Report, "name" | "fresh">): Report => ({
  name: `fresh: ${name}`,
  ...report,
});

export const freshReports: Report[] = [
  post("fs02 since this morning, ext 0x7, others fine", {
    text: "hey, nobody can rdp to fs02 since this morning, we get 0x904 ext 0x7. other servers r fine. nothing changed afaik",
    cause: "cert-expired",
    states: {
      "error-shown": "code-0x904",
      "who-affected": "everyone",
      "since-when": "sudden",
      "other-hosts": "others-work",
      "recent-change": "nothing-known",
    },
    knows: { pattern: "always" },
  }),
  post("cert warning on APP3, expired last week", {
    text: "mstsc throws a cert warning on APP3 now, clicked view certificate and its expired as of last week. happens for everyone",
    cause: "cert-expired",
    states: { "error-shown": "cert-warning", "cert-warning-detail": "expired", "who-affected": "everyone" },
  }),
  post("whole accounting team, in the office, nothing changed on our side", {
    text: "not only me, nobody can RDP to acct-srv (whole accounting team), fails straight away. no VPN involved, we're all in the office. nothing changed on our side",
    cause: "cert-expired",
    states: {
      "who-affected": "everyone",
      "when-fails": "at-connect",
      "network-path": "same-network",
      "client-change": "nothing",
    },
    knows: { "since-when": "sudden" },
  }),
  post("renamed to SRV-PAYROLL yesterday", {
    text: "we renamed SRV-OLD to SRV-PAYROLL yesterday and now RDP just dies right after I type the pw. not only me, whole team",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "when-fails": "at-connect",
      "who-affected": "everyone",
      "since-when": "sudden",
    },
  }),
  post("cloned test box gives 2308, the original works", {
    text: "Cloned the template VM for the new test box, cant RDP to the clone (2308), the original still works fine",
    cause: "cert-stale-name",
    states: { "recent-change": "renamed", "error-shown": "code-0x904", "other-hosts": "others-work" },
  }),
  post("internal error after importing the CA cert", {
    text: "After importing our CA cert for RDP on terminal01, every user gets 'An internal error has occurred'. pls help",
    cause: "cert-private-key",
    states: { "recent-change": "certificate", "error-shown": "internal-error", "who-affected": "everyone" },
  }),
  post("sql-07 fails instantly, remoting fine, schannel 36870", {
    text: "rdp to sql-07 fails instantly for all of us, every single time. smb shares & powershell remoting still fine. eventlog shows schannel 36870",
    cause: "cert-private-key",
    states: {
      "when-fails": "at-connect",
      "who-affected": "everyone",
      pattern: "always",
      "console-access": "other-remote-tools",
    },
  }),
  post("new win11 laptops vs the 2008r2 box", {
    text: "the new win11 laptops can't connect to the old 2008r2 box, the win10 ones still can. Error is just 'internal error'",
    cause: "tls-version-mismatch",
    states: {
      "client-os-compare": "older-work-newer-fail",
      "server-os": "2008r2-or-older",
      "error-shown": "internal-error",
      "who-affected": "some",
      "client-app": "windows-11",
    },
  }),
  post("TLS 1.0 and 1.1 off, the warehouse Win7 thin clients", {
    text: "after the security team disabled TLS 1.0 & 1.1 via GPO on the RDS hosts, the warehouse Win7 thin clients can't rdp anymore. everyone else ok",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "old-tls-off",
      "client-app": "windows-7",
      "who-affected": "some",
    },
  }),
  post("Remmina never connected to the 2012 R2 server", {
    text: "Remmina on my ubuntu box wont connect to the 2012 R2 server, says TLS connect failed. From windows it works. never worked actually",
    cause: "tls-cipher-mismatch",
    states: {
      "client-app": "freerdp",
      "server-os": "2012r2",
      "since-when": "never-worked",
      "error-shown": "other",
    },
  }),
  post("CIS cipher order GPO on Friday, some clients", {
    text: "we pushed a new cipher suite order GPO (CIS) on friday and since then some clients get an internal error on rdp, not all",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "error-shown": "internal-error",
      "who-affected": "some",
      "since-when": "sudden",
    },
  }),
  post("lab controller from the Windows App on a Mac", {
    text: "Trying to RDP into the lab controller PC (runs some old embedded windows) from the new Windows App on my mac - never worked. old rdp app on a colleague's pc works",
    cause: "security-layer-rdp-only",
    states: { "client-app": "windows-app-current", "since-when": "never-worked", "who-affected": "some" },
  }),
  post("security layer set to RDP on the kiosks", {
    text: "Someone set 'require use of specific security layer' to RDP on the kiosk hosts, now no one can connect, fails every time",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "who-affected": "everyone",
      pattern: "always",
    },
  }),
  post("oracle remediation, laptop updated, server unpatched", {
    text: "getting 'An authentication error has occurred... CredSSP encryption oracle remediation' when I rdp to the old accounting server. My laptop got updates yesterday, the server hasnt been patched in ages",
    cause: "nla-credssp",
    states: {
      "error-shown": "credssp",
      "client-change": "client-updated",
      "credssp-patch-level": "server-behind",
    },
  }),
  post("only me, encryption oracle thing", {
    text: "only me can't get in to RDS-02, encryption oracle thing. other servers fine from my pc",
    cause: "nla-credssp",
    states: { "error-shown": "credssp", "who-affected": "only-this-client", "other-hosts": "others-work" },
  }),
  post("web04 built today, 0x204, port test False", {
    text: "new vm web04 built today, rdp just hangs ~30s then says cant reach the remote computer (0x204). Test-NetConnection 3389 = False. Ping works",
    cause: "firewall-blocked",
    states: {
      "since-when": "new-server",
      "when-fails": "hangs-then-fails",
      "error-shown": "code-0x204",
      "port-test": "false",
    },
  }),
  post("firewall rules changed, branch office out", {
    text: "Network team changed the firewall rules last night, now nobody from the branch office can RDP to the DC, HQ is fine",
    cause: "firewall-blocked",
    states: { "recent-change": "firewall-change", "who-affected": "some", "since-when": "sudden" },
  }),
  post("not DNS, fails by IP too, brand new", {
    text: "its not DNS, fails by IP too. hangs then times out. brand new server",
    cause: "firewall-blocked",
    states: { "by-ip": "same-failure", "when-fails": "hangs-then-fails", "since-when": "new-server" },
  }),
  post("print01 refused after the patch reboot", {
    text: "after patch tuesday reboot, RDP to print01 gets refused straight away, error 0x204. file shares work, I can get in via the vSphere console",
    cause: "rdp-service-down",
    states: {
      "recent-change": "updates",
      "when-fails": "at-connect",
      "error-shown": "code-0x204",
      "console-access": "other-remote-tools",
      "since-when": "sudden",
    },
  }),
  post("SentinelOne deployed, 0x904 for everyone", {
    text: "Since the SentinelOne agent was deployed on the servers, RDP fails for everyone with 0x904, every time. Port test is True",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "who-affected": "everyone",
      "error-shown": "code-0x904",
      pattern: "always",
      "port-test": "true",
      "since-when": "sudden",
    },
  }),
  post("new VPN client and web filter, every server fails from my laptop", {
    text: "rdp broken from my laptop only, to every server, not just one. IT installed a new VPN client + web filter on it on Tuesday",
    cause: "security-software",
    states: {
      "who-affected": "only-this-client",
      "other-hosts": "all-fail",
      "client-change": "security-or-vpn-installed",
    },
  }),
  post("freezes after a minute since 24H2", {
    text: "RDP session connects fine but freezes after ~1 min and then reconnects, over and over. started after the 24H2 upgrade on my PC. not everyone has it",
    cause: "udp-transport",
    states: {
      "when-fails": "mid-session",
      "client-change": "client-updated",
      "who-affected": "some",
      "client-app": "windows-11",
    },
  }),
  post("securing remote connection forever on the VPN", {
    text: "When I'm on the VPN, mstsc sits on 'securing remote connection' forever then errors. Without VPN in the office it's fine. Test-NetConnection says true over vpn",
    cause: "path-mtu",
    states: { "network-path": "vpn-only-fails", "when-fails": "hangs-then-fails", "port-test": "true" },
  }),
  post("crm01 shows another server's name, IP fine, new subnet", {
    text: "connecting to crm01 by name gives a cert warning with some other server's name, by IP it works fine. We moved crm01 to a new subnet last week",
    cause: "dns-wrong-host",
    states: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "by-ip": "ip-works",
      "recent-change": "dns-or-migration",
    },
  }),
  post("hostname fails, IP works, not everybody", {
    text: "RDP by hostname fails but using the IP address works. not sure what changed, doesnt happen to everybody",
    cause: "dns-wrong-host",
    states: { "by-ip": "ip-works", "who-affected": "some" },
  }),
  post("public IP, worse lately, reboot fixes it, failed logons", {
    text: "our rdp server (public IP, port fwd) randomly refuses logins, more and more often lately, a reboot fixes it for a day or so. event log full of failed logons",
    cause: "connection-limit",
    states: {
      "network-path": "internet",
      pattern: "after-reboot",
      "since-when": "getting-worse",
      "internet-exposed": "under-attack",
    },
  }),
  post("hosted VM fails sometimes, not every time", {
    text: "the rdp on our hosted VM fails sometimes, not every time, mostly at night",
    cause: "connection-limit",
    states: { pattern: "sometimes" },
    knows: { "network-path": "internet", "internet-exposed": "under-attack" },
  }),
  post("old Win7 PC fails to everything since last week", {
    text: "my old Win7 PC can't rdp to anything since last week, colleague's Win10 on the same server works fine",
    cause: "stale-client",
    states: {
      "client-app": "windows-7",
      "other-hosts": "all-fail",
      "since-when": "sudden",
      "who-affected": "only-this-client",
    },
  }),
  post("saved shortcut fails after the password change", {
    text: "Changed my pw yesterday and now the saved RDP shortcut to the jump host just fails. nobody else has the issue",
    cause: "stale-client",
    states: { "client-change": "password-or-saved", "who-affected": "only-this-client" },
  }),
  post("no facts: rdp down again", {
    text: "rdp down again?? anyone",
    cause: "rdp-service-down",
    states: {},
    knows: { "who-affected": "everyone", "console-access": "console-only" },
  }),
  post("no facts: cannot login, please look", {
    text: "Hi team, I cannot login to my remote desktop, can someone look please. thx",
    cause: "cert-private-key",
    states: {},
    knows: { "recent-change": "certificate", "who-affected": "everyone" },
  }),
  post("no facts: same as Bob", {
    text: "same issue as Bob with the terminal server",
    cause: "tls-cipher-mismatch",
    states: {},
  }),
];
