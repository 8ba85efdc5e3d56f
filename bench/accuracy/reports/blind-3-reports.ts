import type { Report } from "./report.js";

// The third blind set of posts (issue 20), as people write in Slack or Teams support channels. Written blind
// on 2026-12-08 from the knowledge notes and the flow's ids only, before any bench run on it: always reported,
// never tune on it. `states` holds only what a careful reader takes from the words.
const post = (name: string, report: Omit<Report, "name" | "fresh">): Report => ({
  name: `blind-3: ${name}`,
  ...report,
  fresh: true,
});

export const blind3Reports: Report[] = [
  // cert-expired
  post("crm-db01 0x904 ext 0x7 since this morning, whole team", {
    text: "morning all - crm-db01 throws 0x904 ext 0x7 since ~8am. not just me, the whole dba team gets it. nothing changed on our end as far as i know, other boxes rdp fine",
    cause: "cert-expired",
    states: {
      "error-shown": "code-0x904",
      "who-affected": "everyone",
      "since-when": "sudden",
      "recent-change": "nothing-known",
      "other-hosts": "others-work",
    },
    knows: { pattern: "always" },
  }),
  post("cert popup says valid from next year on a restored vm", {
    text: "restored ts01 from backup and now mstsc pops a cert warning, the cert says its not valid until 2027?? clock on the vm looks off too. nobody can get in",
    cause: "cert-expired",
    states: { "error-shown": "cert-warning", "cert-warning-detail": "expired", "who-affected": "everyone" },
  }),
  post("2k16 gateway, extended error 0x7, winrm still works", {
    text: "getting 'extended error 0x7' on our 2k16 jump box from every machine I try. winrm + file shares still answer so its alive. worked fine on friday",
    cause: "cert-expired",
    states: {
      "error-shown": "code-0x904",
      "server-os": "2016-2019",
      "console-access": "other-remote-tools",
      "since-when": "sudden",
    },
  }),
  // cert-stale-name
  post("renamed srv-old to fin-app02, cert warning shows the old name", {
    text: "we renamed srv-old -> fin-app02 on tuesday. since then everybody gets a cert warning and the name on the cert is still srv-old. then it just fails",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "who-affected": "everyone",
    },
  }),
  post("cloned vm from template, never could rdp", {
    text: "spun up web03 as a clone of web01 template, rdp never worked on it. 0x904. by ip same thing",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "since-when": "new-server",
      "error-shown": "code-0x904",
      "by-ip": "same-failure",
    },
  }),
  post("rejoined the domain and now the name thing", {
    text: "had to rejoin hr-fs01 to the domain after trust issues, now rdp complains the certificate is for a different name. anyone seen this?",
    cause: "cert-stale-name",
    states: {
      "recent-change": "renamed",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
    },
  }),
  // cert-private-key
  post("internal error has occurred on every connect", {
    text: "'An internal error has occurred' when connecting to sql07, from everyone's pc. only way in rn is the iDRAC console. we applied the CIS baseline last night",
    cause: "cert-private-key",
    states: {
      "error-shown": "internal-error",
      "who-affected": "everyone",
      "console-access": "console-only",
      "recent-change": "hardening",
      "hardening-detail": "baseline",
    },
  }),
  post("swapped the rdp cert for one from our CA", {
    text: "pushed a new RDP cert from our internal CA via GPO yesterday and now nobody can rdp to the RDSH servers. tnc 3389 says TcpTestSucceeded True so the port is up",
    cause: "cert-private-key",
    states: { "recent-change": "certificate", "who-affected": "everyone", "port-test": "true" },
  }),
  post("someone locked down MachineKeys folder?", {
    text: "think someone messed with perms on C:\\ProgramData\\Microsoft\\Crypto, not sure tho. rdp dead on app5",
    cause: "cert-private-key",
    states: {},
  }),
  // tls-version-mismatch
  post("disabled tls 1.0/1.1, win7 clients broke", {
    text: "sec team disabled TLS 1.0 and 1.1 on all servers this week, our win7 kiosks can't rdp anymore (0x904). win10 boxes are fine",
    cause: "tls-version-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "old-tls-off",
      "client-app": "windows-7",
      "client-os-compare": "newer-work-older-fail",
      "error-shown": "code-0x904",
      "who-affected": "some",
    },
  }),
  post("2k8r2 box only works from old laptops", {
    text: "we still have a 2k8r2 server for the legacy app. rdp from the old win10 laptops works, from new win11 24H2 ones its 2308 / ext 0x7",
    cause: "tls-version-mismatch",
    states: {
      "server-os": "2008r2-or-older",
      "client-os-compare": "older-work-newer-fail",
      "client-app": "windows-11",
      "error-shown": "code-0x904",
      "who-affected": "some",
    },
  }),
  post("tls hardening GPO, some ppl fail", {
    text: "after the tls hardening gpo went out some people cant rdp to the terminal servers, others can. haven't figured out the pattern",
    cause: "tls-version-mismatch",
    states: { "recent-change": "hardening", "who-affected": "some" },
  }),
  // tls-cipher-mismatch
  post("ran IISCrypto best practices on the rds hosts", {
    text: "ran IIS Crypto 'best practices' template on the 2012r2 rds hosts (trimmed the cipher suites) + rebooted. now a chunk of users get 0x904 ext 0x7, rest are ok",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "server-os": "2012r2",
      "error-shown": "code-0x904",
      "who-affected": "some",
    },
  }),
  post("cipher suite order gpo, only new laptops fail", {
    text: "we changed the SSL cipher suite order via gpo. older clients connect fine, the brand new win11 laptops fail with the 0x904 thing",
    cause: "tls-cipher-mismatch",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "cipher-list",
      "client-os-compare": "older-work-newer-fail",
      "client-app": "windows-11",
      "error-shown": "code-0x904",
      "who-affected": "some",
    },
  }),
  post("schannel 36874 in the system log", {
    text: "seeing schannel event 36874 spam on the server when people try rdp. no idea what it means honestly",
    cause: "tls-cipher-mismatch",
    states: {},
  }),
  // security-layer-rdp-only
  post("fips mode turned on, remmina users out", {
    text: "compliance made us enable FIPS compliant algorithms on the app servers. our linux ppl on remmina can't connect anymore, windows users seem fine",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "client-app": "freerdp",
      "who-affected": "some",
    },
  }),
  post("security layer set to RDP in the gpo", {
    text: "someone set 'Require use of specific security layer' = RDP on the 2012 R2 farm. every client now fails w/ 0x904 right after clicking connect",
    cause: "security-layer-rdp-only",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "security-layer",
      "server-os": "2012r2",
      "who-affected": "everyone",
      "error-shown": "code-0x904",
      "when-fails": "at-connect",
    },
  }),
  post("ancient 2003 box never worked from win11", {
    text: "there's a windows server 2003 box in the plant that we've never been able to rdp to from the new win11 pcs. old xp machine next to it connects fine",
    cause: "security-layer-rdp-only",
    states: {
      "server-os": "2008r2-or-older",
      "client-app": "windows-11",
      "client-os-compare": "older-work-newer-fail",
      "since-when": "never-worked",
      "who-affected": "some",
    },
  }),
  // nla-credssp
  post("encryption oracle remediation error", {
    text: "getting the 'CredSSP encryption oracle remediation' error from my laptop to bld-srv3. that server hasn't seen a windows update in like 3 years",
    cause: "nla-credssp",
    states: { "error-shown": "credssp", "credssp-patch-level": "server-behind" },
  }),
  post("after patch tuesday my pc cant rdp, credssp", {
    text: "after patch tuesday updates on my PC I get an authentication error mentioning credssp when I rdp to the old build server. coworker who hasn't rebooted yet can still get in",
    cause: "nla-credssp",
    states: {
      "error-shown": "credssp",
      "client-change": "client-updated",
    },
  }),
  post("NLA required now, mac folks fail", {
    text: "we made NLA mandatory on the VDI hosts. mac users w/ the old Microsoft Remote Desktop app now get an auth error, windows is ok",
    cause: "nla-credssp",
    states: {
      "recent-change": "hardening",
      "hardening-detail": "credssp-nla",
      "client-app": "mac-old-app",
      "who-affected": "some",
    },
  }),
  // firewall-blocked
  post("0x204 from the branch after the fw swap", {
    text: "since the new fw went in at the branch, rdp from there gives 0x204 after a long wait. tnc to 3389 TcpTestSucceeded : False. HQ is fine",
    cause: "firewall-blocked",
    states: {
      "recent-change": "firewall-change",
      "error-shown": "code-0x204",
      "when-fails": "hangs-then-fails",
      "port-test": "false",
      "who-affected": "some",
    },
  }),
  post("azure vm nsg rewrite, no rdp", {
    text: "infra rewrote the NSGs on our azure subscription and now nobody can rdp to the vm on its public ip. 3389 not open from outside per test-netconnection",
    cause: "firewall-blocked",
    states: {
      "recent-change": "firewall-change",
      "who-affected": "everyone",
      "network-path": "internet",
      "port-test": "false",
    },
  }),
  post("cant reach the server at all", {
    text: "cant reach the server at all. says it cant connect to the remote computer, make sure its turned on and on the network or smth. pls help",
    cause: "firewall-blocked",
    states: { "error-shown": "code-0x204" },
  }),
  // rdp-service-down
  post("after updates only vsphere console works", {
    text: "after last nights updates the 2k19 file server doesn't take rdp, only the vSphere console gets in. error 0x204. Remote Desktop Services service shows stopped",
    cause: "rdp-service-down",
    states: {
      "recent-change": "updates",
      "server-os": "2016-2019",
      "console-access": "console-only",
      "error-shown": "code-0x204",
    },
  }),
  post("port 3389 closed but pings fine", {
    text: "box pings, shares work, but 3389 is closed (tnc false) for everyone. someone might have turned off remote desktop in system props?",
    cause: "rdp-service-down",
    states: {
      "console-access": "other-remote-tools",
      "port-test": "false",
      "who-affected": "everyone",
    },
  }),
  post("rdp broken again lol", {
    text: "rdp broken again lol",
    cause: "rdp-service-down",
    states: {},
  }),
  // security-software
  post("crowdstrike update and rdp died", {
    text: "our EDR (crowdstrike) pushed a sensor update to the servers last night and since then nobody can rdp, 0x904. port 3389 still open",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "who-affected": "everyone",
      "error-shown": "code-0x904",
      "port-test": "true",
      "since-when": "sudden",
    },
  }),
  post("only my laptop, just got zscaler", {
    text: "it's only my laptop, IT put zscaler + a new AV on it monday. every rdp host fails from it, colleagues' pcs are fine",
    cause: "security-software",
    states: {
      "who-affected": "only-this-client",
      "client-change": "security-or-vpn-installed",
      "client-security": "security-suite",
      "other-hosts": "all-fail",
    },
  }),
  post("sophos on the client, 0x904 to everything", {
    text: "user has sophos endpoint installed, gets 0x904 to all our servers. other users on the same servers ok. no vpn involved, she's in the office",
    cause: "security-software",
    states: {
      "client-security": "security-suite",
      "error-shown": "code-0x904",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "network-path": "same-network",
    },
  }),
  // udp-transport
  post("connects then freezes after a minute on vpn", {
    text: "rdp over the anyconnect vpn connects fine then freezes after about a minute and drops. every time. win11",
    cause: "udp-transport",
    states: {
      "error-shown": "other",
      "when-fails": "mid-session",
      "network-path": "vpn",
      pattern: "always",
      "client-app": "windows-11",
      "client-security": "vpn-client",
    },
  }),
  post("session keeps reconnecting", {
    text: "remote session opens but then keeps dropping and reconnecting. happens to a few of us at home",
    cause: "udp-transport",
    states: { "error-shown": "other", "when-fails": "mid-session", "who-affected": "some" },
  }),
  post("weird drops", {
    text: "anyone else having weird rdp issues today?",
    cause: "udp-transport",
    states: {},
  }),
  // path-mtu
  post("works in the office, hangs on vpn", {
    text: "in the office rdp to build01 is fine. over the globalprotect vpn it sits at 'securing remote connection' for ~30s and then 0x904",
    cause: "path-mtu",
    states: {
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "error-shown": "code-0x904",
      "client-security": "vpn-client",
    },
  }),
  post("other site over the link hangs, locally fine", {
    text: "we forward rdp through the site-to-site link. from the other site it hangs then fails, locally it's fine. no vpn client on the laptops. tnc 3389 true from both",
    cause: "path-mtu",
    states: {
      "network-path": "outside-fails",
      "when-fails": "hangs-then-fails",
      "port-test": "true",
      "who-affected": "some",
    },
  }),
  post("new sd-wan, big sessions stall", {
    text: "since the sd-wan rollout rdp to the dc in the other site stalls at connect and times out. tcp 3389 is open",
    cause: "path-mtu",
    states: {
      "recent-change": "firewall-change",
      "when-fails": "hangs-then-fails",
      "port-test": "true",
    },
  }),
  // dns-wrong-host
  post("by ip works, by name cert mismatch", {
    text: "after migrating acct01 to the new host, rdp by name gives a cert warning with some other server's name. by ip it connects fine. everyone sees it",
    cause: "dns-wrong-host",
    states: {
      "recent-change": "dns-or-migration",
      "error-shown": "cert-warning",
      "cert-warning-detail": "name-mismatch",
      "by-ip": "ip-works",
      "who-affected": "everyone",
    },
  }),
  post("name resolves to the old box", {
    text: "changed the A record for app-prod yesterday, rdp by hostname fails with 0x904 but to 10.1.2.30 it works",
    cause: "dns-wrong-host",
    states: { "recent-change": "dns-or-migration", "error-shown": "code-0x904", "by-ip": "ip-works" },
  }),
  post("only some sites can connect by name", {
    text: "some offices can rdp to pay01 by name, others get 0x904. haven't tried by IP yet",
    cause: "dns-wrong-host",
    states: { "who-affected": "some", "error-shown": "code-0x904" },
  }),
  // connection-limit
  post("internet facing rdp, reboot fixes for a day", {
    text: "client's server has 3389 port-forwarded on the router (yeah i know). rdp fails w/ 0x904 most of the day, a reboot fixes it for a few hours. event log full of failed logons",
    cause: "connection-limit",
    states: {
      "network-path": "internet",
      "internet-exposed": "under-attack",
      "error-shown": "code-0x904",
      pattern: "after-reboot",
    },
  }),
  post("hit and miss, public ip", {
    text: "rdp to our hosted box on its public IP is hit and miss, sometimes it connects, sometimes ext 0x7. same for all of us",
    cause: "connection-limit",
    states: {
      "network-path": "internet",
      "internet-exposed": "exposed",
      pattern: "sometimes",
      "error-shown": "code-0x904",
      "who-affected": "everyone",
    },
  }),
  post("getting worse every day", {
    text: "rdp to the terminal server has been failing more and more this week, today it barely works. nothing changed that I know of",
    cause: "connection-limit",
    states: { "since-when": "getting-worse", "recent-change": "nothing-known" },
  }),
  // stale-client
  post("old rdp shortcut, new one works", {
    text: "my saved .rdp shortcut to sap01 gives 0x904, but if i type the name fresh in mstsc it works. other servers fine from my pc",
    cause: "stale-client",
    states: {
      "client-change": "password-or-saved",
      "error-shown": "code-0x904",
      "other-hosts": "others-work",
    },
  }),
  post("ipad user with old rd app", {
    text: "one exec on an ipad with the old Microsoft Remote Desktop app gets error 0x904, windows pcs connect fine to the same host",
    cause: "stale-client",
    states: {
      "client-app": "mac-old-app",
      "error-shown": "code-0x904",
      "who-affected": "only-this-client",
    },
  }),
  post("password changed, now 0x904 from my pc only", {
    text: "changed my password monday, since then just me gets 0x904 to the rds farm. others ok",
    cause: "stale-client",
    states: {
      "client-change": "password-or-saved",
      "error-shown": "code-0x904",
      "who-affected": "only-this-client",
    },
  }),
];
