import type { Report } from "./report.js";

// The second blind set of posts (issue 20), as people write in Slack or Teams support channels. Written blind
// on 2026-12-08 from the knowledge notes and the flow's ids only; measured and studied the same day, so split
// into halves like the earlier posts, as its own batch. The blind posts now are in blind-3-reports.ts.
// `states` holds only what a careful reader takes from the words.
const post = (name: string, report: Omit<Report, "name" | "fresh" | "batch">): Report => ({
  name: `blind-2: ${name}`,
  ...report,
  batch: "blind-2",
});

export const blind2Reports: Report[] = [
  // cert-expired
  post("hv-host02 since monday, ext 0x7, shares and winrm fine", {
    text: "anyone else getting 0x904 (ext 0x7) on hv-host02?? started monday, not just me - all 3 admins get it. smb shares n winrm still work so the box is up",
    cause: "cert-expired",
    states: {
      "error-shown": "code-0x904",
      "who-affected": "everyone",
      "console-access": "other-remote-tools",
      "since-when": "sudden",
    },
    knows: { "recent-change": "nothing-known", pattern: "always" },
  }),
  post("RDS collection cert popup says expired yesterday", {
    text: "RDS collection throwing a certificate popup since this morning, it says the cert ran out yesterday lol. who owns the renewal??",
    cause: "cert-expired",
    states: { "error-shown": "cert-warning", "cert-warning-detail": "expired", "since-when": "sudden" },
  }),
  post("print server broken again", {
    text: "rdp to the print server is broken again, pls help",
    cause: "cert-expired",
    states: {},
    knows: { "error-shown": "code-0x904", "who-affected": "everyone" },
  }),

  // cert-stale-name
  post("renamed WS-OLD to FIN-WS-014, error 2308 by name and IP", {
    text: "we renamed the workstation WS-OLD -> FIN-WS-014 yesterday and since then remote desktop gives error code 2308. tried the ip too, same thing. other machines r fine",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "error-shown": "code-0x904",
      "by-ip": "same-failure",
      "other-hosts": "others-work",
      "since-when": "sudden",
    },
  }),
  post("template name in the cert on every new VM", {
    text: "every VM we deploy from the new template pops a cert warning when rdp'ing and the name in the cert is TPL-W2K22, not the vm's name. clicking connect anyway then dies",
    cause: "cert-stale-name",
    states: {
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "recent-change": "renamed",
      "since-when": "new-server",
    },
  }),
  post("APP-07 rejoined to the domain, extended error 0x7 for all", {
    text: "had to rejoin APP-07 to the domain after the trust relationship broke. now mstsc says extended error 0x7 for every1",
    cause: "cert-stale-name",
    states: { "recent-change": "renamed", "error-shown": "code-0x904", "who-affected": "everyone" },
  }),

  // cert-private-key
  post("internal error after the CIS baseline on the 2019 servers", {
    text: "after applying the CIS baseline to the 2019 servers RDP just says 'an internal error has occurred'. vsphere console still gets me in, schannel 36870 in the system log",
    cause: "cert-private-key",
    states: {
      "error-shown": "internal-error",
      "recent-change": "hardening",
      "hardening-detail": "baseline",
      "server-os": "2016-2019",
    },
  }),
  post("wildcard cert on TS01, nobody can connect, psremoting ok", {
    text: "installed our *.corp wildcard cert on TS01 and pointed the listener at the thumbprint. now noone can connect, 0x904 ext 0x7. psremoting still ok tho",
    cause: "cert-private-key",
    states: {
      "recent-change": "certificate",
      "who-affected": "everyone",
      "error-shown": "code-0x904",
      "console-access": "other-remote-tools",
    },
  }),
  post("RDP dead on the SQL box", {
    text: "RDP is dead on the SQL box, can someone take a look when u have a sec?",
    cause: "cert-private-key",
    states: {},
    knows: { "since-when": "sudden" },
  }),

  // tls-version-mismatch
  post("new win11 laptops vs the 2k8r2 ERP server", {
    text: "the new batch of win11 laptops can't rdp into the old 2k8r2 ERP server, the older win10 ones connect fine. code 0x904",
    cause: "tls-version-mismatch",
    states: {
      "client-app": "windows-11",
      "server-os": "2008r2-or-older",
      "client-os-compare": "older-work-newer-fail",
      "error-shown": "code-0x904",
      "client-change": "new-machine",
    },
  }),
  post("TLS 1.0/1.1 off per pentest, 2012r2 boxes fail for everyone", {
    text: "per the pentest we turned off tls 1.0 and 1.1 on all servers via GPO. since then rdp to a few 2012r2 boxes fails for everybody, schannel 36871 in the system log",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "old-tls-off",
      "server-os": "2012r2",
      "who-affected": "everyone",
      "since-when": "sudden",
    },
  }),
  post("win7 kiosks cannot reach the new 2022 RDS hosts", {
    text: "the win7 kiosks in the warehouse cant connect to the new 2022 rds hosts, win10 pcs can. yes i know win7 is EOL",
    cause: "tls-version-mismatch",
    states: {
      "client-app": "windows-7",
      "server-os": "2022-or-newer",
      "client-os-compare": "newer-work-older-fail",
      "since-when": "new-server",
    },
  }),

  // tls-cipher-mismatch
  post("guacamole to the 2012R2 servers resets, mstsc works", {
    text: "our guacamole box (freerdp underneath) gets 'connection reset' to the 2012R2 servers. from mstsc on win10 they work, and guac reaches the 2016+ servers no problem",
    cause: "tls-cipher-mismatch",
    states: {
      "client-app": "freerdp",
      "server-os": "2012r2",
      "other-hosts": "others-work",
      "who-affected": "some",
    },
  }),
  post("new SSL Cipher Suite Order GPO, half the people fail", {
    text: "security pushed a new SSL Cipher Suite Order GPO last night, this morning half the ppl can't rdp to the jump hosts. 0x904",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "who-affected": "some",
      "error-shown": "code-0x904",
      "since-when": "sudden",
    },
  }),
  post("remmina to an old win 8.1 lab pc closes at once", {
    text: "trying to rdp from my ubuntu laptop w/ remmina to an old win 8.1 pc in the lab, it just closes immediately. windows machines connect to it fine",
    cause: "tls-cipher-mismatch",
    states: { "client-app": "freerdp", "server-os": "2012r2", "when-fails": "at-connect" },
  }),

  // security-layer-rdp-only
  post("FIPS policy on, mac users kicked at once", {
    text: "since the 'use FIPS compliant algorithms' policy went on, the mac users w/ the Microsoft Remote Desktop app get kicked out straight away. windows users are fine",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "client-app": "mac-old-app",
      "who-affected": "some",
      "when-fails": "at-connect",
    },
  }),
  post("security layer set to RDP on the 2k8r2 legacy box", {
    text: "found out the 2k8r2 legacy box has security layer = RDP in the RDP-Tcp properties, someone set it years ago. win11 can't connect, my old win7 vm can",
    cause: "security-layer-rdp-only",
    states: { "server-os": "2008r2-or-older", "client-os-compare": "older-work-newer-fail" },
  }),
  post("encryption level raised, the ipad app stopped connecting", {
    text: "we set the encryption level on the terminal server to High last week and now the ipad app won't connect anymore",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "client-app": "mac-mobile",
    },
  }),

  // nla-credssp
  post("CredSSP oracle error to a 2012 box unpatched since 2017", {
    text: "getting the 'this could be due to CredSSP encryption oracle remediation' error to the old 2012 box that hasnt seen a patch since 2017. my pc is fully updated",
    cause: "nla-credssp",
    states: { "error-shown": "credssp", "credssp-patch-level": "server-behind", "server-os": "2012r2" },
  }),
  post("NLA enforced, the IGEL thin clients cannot log in", {
    text: "after we enforced NLA on the session hosts the igel thin clients (old rdesktop) can't log in anymore, everyone on windows is ok",
    cause: "nla-credssp",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "credssp-nla",
      "who-affected": "some",
      "client-app": "freerdp",
    },
  }),
  post("'function requested is not supported' after patch tuesday, my laptop only", {
    text: "An authentication error has occurred. The function requested is not supported. started after patch tuesday, only on my laptop",
    cause: "nla-credssp",
    states: {
      "error-shown": "credssp",
      "client-change": "client-updated",
      "who-affected": "only-this-client",
    },
  }),

  // firewall-blocked
  post("0x204 from home, fine in the office, 3389 forwarded", {
    text: "works in the office but from home i get 0x204. no vpn involved, we forward 3389 on the router to it",
    cause: "firewall-blocked",
    states: { "error-shown": "code-0x204", "network-path": "outside-fails", "internet-exposed": "exposed" },
  }),
  post("fw team moved the DMZ rules, TcpTestSucceeded False", {
    text: "fw team moved the DMZ rules around yesterday, now Test-NetConnection to 3389 says TcpTestSucceeded : False. ping works",
    cause: "firewall-blocked",
    states: { "recent-change": "firewall-change", "port-test": "false", "since-when": "sudden" },
  }),
  post("new EC2 windows instance, rdp times out with 0x204", {
    text: "spun up a new windows ec2 instance, rdp just sits there and times out w/ 0x204. same for my colleague",
    cause: "firewall-blocked",
    states: { "since-when": "new-server", "error-shown": "code-0x204", "when-fails": "hangs-then-fails" },
  }),

  // rdp-service-down
  post("Remote Desktop Services stuck stopping on FS01 after updates", {
    text: "after last nights updates the Remote Desktop Services service on FS01 is stuck in 'stopping'. rdp gives 0x204, i can still get in w/ enter-pssession",
    cause: "rdp-service-down",
    states: {
      "recent-change": "updates",
      "error-shown": "code-0x204",
      "console-access": "other-remote-tools",
    },
  }),
  post("tnc to 3389 False, ping fine, nobody changed anything", {
    text: "tnc srv-app03 -port 3389 -> False. ping replies, fw is off on that box (checked from the iLO). nobody changed anything",
    cause: "rdp-service-down",
    states: { "port-test": "false", "recent-change": "nothing-known" },
  }),
  post("is RDP down for anyone else on ts02", {
    text: "is RDP down for anyone else? ts02",
    cause: "rdp-service-down",
    states: {},
    knows: { "error-shown": "code-0x204", "port-test": "false" },
  }),

  // security-software
  post("new EDR agent on the app servers, 0x904 on all of them", {
    text: "since the new EDR agent went onto the app servers yesterday we get 0x904 on all of them. nothing else changed, test-netconnection says True",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "error-shown": "code-0x904",
      "port-test": "true",
      "since-when": "sudden",
    },
  }),
  post("sophos on my laptop, no server works, colleagues can", {
    text: "since IT put sophos on my laptop i can't rdp to any server, colleagues can. it just says the connection was closed",
    cause: "security-software",
    states: {
      "client-change": "security-or-vpn-installed",
      "client-security": "security-suite",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
    },
  }),
  post("win11 with zscaler and AV, every host drops at connect", {
    text: "on win11 w/ the zscaler client + AV, rdp to every host drops right at connect. turning zscaler off didnt help",
    cause: "security-software",
    states: {
      "client-app": "windows-11",
      "client-security": "both",
      "other-hosts": "all-fail",
      "when-fails": "at-connect",
    },
  }),

  // udp-transport
  post("2016 RDSH session freezes after ~60s, since 24H2", {
    text: "rdp session to the 2016 RDSH connects fine but freezes after ~60s and reconnects, over and over. only since my laptop got 24H2",
    cause: "udp-transport",
    states: {
      "error-shown": "other",
      "when-fails": "mid-session",
      "server-os": "2016-2019",
      "client-change": "client-updated",
    },
  }),
  post("home users on the VPN get dropped a minute into the session", {
    text: "home users coming in over the vpn get disconnected a minute or two into the session, in the office its fine",
    cause: "udp-transport",
    states: { "network-path": "vpn-only-fails", "when-fails": "mid-session", "who-affected": "some" },
  }),
  post("rdp acting up today", {
    text: "rdp is acting up today, anyone seen this?",
    cause: "udp-transport",
    states: {},
    knows: { "when-fails": "mid-session" },
  }),

  // path-mtu
  post("branch over the ipsec tunnel hangs at 'securing remote connection'", {
    text: "from the branch (ipsec tunnel) rdp hangs at 'securing remote connection' for like 30s then fails. same server from HQ connects instantly",
    cause: "path-mtu",
    states: { "when-fails": "hangs-then-fails", "network-path": "vpn-only-fails", "who-affected": "some" },
  }),
  post("new PPPoE line at the branch, black screen then disconnected", {
    text: "since we switched the branch ISP (pppoe) rdp logs in, black screen for a few secs, then boom disconnected. smb to the same server is super slow too",
    cause: "path-mtu",
    states: { "when-fails": "black-screen", "since-when": "sudden" },
  }),
  post("0x904 / extended 0x7 only on anyconnect", {
    text: "0x904 / extended 0x7 but only when im on anyconnect. in the office no problem. every single time",
    cause: "path-mtu",
    states: { "error-shown": "code-0x904", "network-path": "vpn-only-fails", pattern: "always" },
  }),

  // dns-wrong-host
  post("sql-prod by name 0x904, by ip fine, moved clusters last week", {
    text: "rdp to sql-prod by name = 0x904, by ip it works (cert warning but whatever). we moved it to the new vcenter cluster last week",
    cause: "dns-wrong-host",
    states: { "error-shown": "code-0x904", "by-ip": "ip-works", "recent-change": "dns-or-migration" },
  }),
  post("FILESRV2 shows a certificate for PRINTSRV", {
    text: "weird one: rdp to FILESRV2 shows a cert warning and the cert is for PRINTSRV?! the whole 2nd floor gets it, 3rd floor doesnt",
    cause: "dns-wrong-host",
    states: { "error-shown": "cert-warning", "cert-warning-detail": "name-mismatch", "who-affected": "some" },
  }),
  post("after the DC migration names resolve weird, app5 broken", {
    text: "after the DC migration some names resolve weird and now rdp to app5 is broken too",
    cause: "dns-wrong-host",
    states: { "recent-change": "dns-or-migration" },
  }),

  // connection-limit
  post("client's server open to the internet, reboot fixes it for a day", {
    text: "customer's server has 3389 open to the internet (yes i know). rdp randomly fails with 0x904, a reboot fixes it for a day or so. security log is full of failed logons from random IPs",
    cause: "connection-limit",
    states: {
      "error-shown": "code-0x904",
      "internet-exposed": "under-attack",
      pattern: "after-reboot",
    },
  }),
  post("hosted server works 1 in 3 tries, getting worse", {
    text: "rdp to the hosted server works maybe 1 in 3 tries, the rest is 0x904 ext 0x7. getting worse this week",
    cause: "connection-limit",
    states: { pattern: "sometimes", "error-shown": "code-0x904", "since-when": "getting-worse" },
  }),
  post("thousands of 4625s on the public RDS box", {
    text: "we see thousands of 4625s on the public facing RDS box and legit users cant get in half the time",
    cause: "connection-limit",
    states: { "internet-exposed": "under-attack", pattern: "sometimes" },
  }),

  // stale-client
  post("old Microsoft Remote Desktop 10 on my mac, colleagues on windows fine", {
    text: "on my mac the old microsoft remote desktop 10 app gives 0x904 to the new server, colleagues on windows are fine. havent installed the windows app yet",
    cause: "stale-client",
    states: { "client-app": "mac-old-app", "error-shown": "code-0x904", "who-affected": "only-this-client" },
  }),
  post("pw changed friday, the .rdp shortcut fails, typing the name works", {
    text: "changed my pw on friday, now the .rdp shortcut on my desktop to TS-01 fails. typing the name into mstsc by hand works lol",
    cause: "stale-client",
    states: { "client-change": "password-or-saved", "since-when": "sudden" },
  }),
  post("remote desktop thing doesnt work again", {
    text: "hey @helpdesk my remote desktop thing doesnt work again :(",
    cause: "stale-client",
    states: {},
    knows: { "who-affected": "only-this-client" },
  }),
];
