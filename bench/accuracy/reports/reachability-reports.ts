import type { Report } from "./report.js";

// Reachability, the service, security products and connection limits (rdp-errors.md 2 G, J, K), as reported.
export const reachabilityReports: Report[] = [
  {
    name: "new build server, TcpTestSucceeded False",
    text: "0x204 when connecting to the new build server, never worked, TcpTestSucceeded False",
    cause: "firewall-blocked",
    states: { "error-shown": "code-0x204", "since-when": "new-server", "port-test": "false" },
  },
  {
    name: "hangs 30s after the firewall rules changed",
    text: "RDP hangs for like 30s then fails. the network team changed firewall rules on friday. everyone affected",
    cause: "firewall-blocked",
    states: {
      "when-fails": "hangs-then-fails",
      "recent-change": "firewall-change",
      "who-affected": "everyone",
    },
  },
  {
    name: "since the new firewall went in, ping works",
    text: "can't reach the server over rdp from the office since the new firewall went in, ping works though",
    cause: "firewall-blocked",
    states: { "recent-change": "firewall-change", "console-access": "other-remote-tools" },
    knows: { "who-affected": "everyone" },
  },
  {
    name: "NSG changed, nobody connects",
    text: "Test-NetConnection 3389 TcpTestSucceeded false, 0x204, nobody can connect since they changed the NSG",
    cause: "firewall-blocked",
    states: {
      "port-test": "false",
      "error-shown": "code-0x204",
      "who-affected": "everyone",
      "recent-change": "firewall-change",
    },
  },
  {
    name: "FS02 dead after patch night, shares work",
    text: "RDP dead on FS02 for everyone after the patch night, file shares still work, port 3389 is closed",
    cause: "rdp-service-down",
    states: {
      "who-affected": "everyone",
      "recent-change": "updates",
      "console-access": "other-remote-tools",
      "port-test": "false",
    },
  },
  {
    name: "0x204 to app01, ping and shares fine",
    text: "0x204 to app01, every time, all users. Can ping it and the shares work",
    cause: "rdp-service-down",
    states: {
      "error-shown": "code-0x204",
      pattern: "always",
      "who-affected": "everyone",
      "console-access": "other-remote-tools",
    },
  },
  {
    name: "reporting server after a reboot, telnet fails",
    text: "Remote desktop stopped working on the reporting server after reboot, nobody gets in, telnet to 3389 fails",
    cause: "rdp-service-down",
    states: { "since-when": "sudden", "who-affected": "everyone", "port-test": "false" },
  },
  {
    name: "build-agent-3 since the weekend, remoting works",
    text: "rdp to build-agent-3 gives 0x204 since the weekend, powershell remoting works fine",
    cause: "rdp-service-down",
    states: {
      "error-shown": "code-0x204",
      "since-when": "sudden",
      "console-access": "other-remote-tools",
    },
  },
  {
    name: "CrowdStrike rolled out on the servers",
    text: "Since CrowdStrike was rolled out on the servers RDP to them drops with 0x904, all users",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "error-shown": "code-0x904",
      "who-affected": "everyone",
      "since-when": "sudden",
    },
  },
  {
    name: "new VPN client and web filter on my laptop",
    text: "My laptop got a new VPN client + web filter from IT yesterday, now I can't RDP to any server. colleagues fine",
    cause: "security-software",
    states: {
      "client-change": "security-or-vpn-installed",
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
    },
  },
  {
    name: "new EDR agent, hangs then fails",
    text: "new EDR agent on the server, since then RDP hangs then fails, every time",
    cause: "security-software",
    states: {
      "recent-change": "security-product-change",
      "when-fails": "hangs-then-fails",
      pattern: "always",
    },
  },
  {
    name: "cannot rdp anywhere after the antivirus update",
    text: "cannot rdp anywhere from this pc after the antivirus update, others are fine",
    cause: "security-software",
    states: {
      "other-hosts": "all-fail",
      "who-affected": "only-this-client",
      "client-change": "security-or-vpn-installed",
    },
  },
  {
    name: "port-forwarded office PC, reboot fixes it for a day",
    text: "RDP to the port forwarded office PC fails more and more often, rebooting it fixes it for a day",
    cause: "connection-limit",
    states: {
      "network-path": "internet",
      "since-when": "getting-worse",
      pattern: "after-reboot",
    },
  },
  {
    name: "event 1006 floods, intermittent 0x904",
    text: "Server reachable from the internet on 3389 and event 1006 shows tons of incomplete connections. users get intermittent 0x904",
    cause: "connection-limit",
    states: {
      "internet-exposed": "under-attack",
      pattern: "sometimes",
      "error-shown": "code-0x904",
      "network-path": "internet",
    },
  },
  {
    name: "works after a server reboot, then stops",
    text: "rdp works after a reboot of the server then stops again after some hours, everyone",
    cause: "connection-limit",
    states: { pattern: "after-reboot", "who-affected": "everyone" },
  },
  {
    name: "public-IP host brute forced",
    text: "our public-IP RDP host gets brute forced, connections randomly fail",
    cause: "connection-limit",
    states: { "internet-exposed": "under-attack", "network-path": "internet", pattern: "sometimes" },
  },
];
