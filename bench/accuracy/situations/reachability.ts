import type { Situation } from "../situation.js";

// Section 2 G, J, K of rdp-errors.md: the connection never reaches a working listener.
export const reachabilitySituations: Situation[] = [
  {
    name: "server firewall rule disabled after a network change: 0x204, port test False",
    cause: "firewall-blocked",
    facts: {
      "error-shown": "code-0x204",
      "port-test": "false",
      "recent-change": "firewall-change",
      "console-access": "other-remote-tools",
      "who-affected": "everyone",
    },
  },
  {
    name: "cloud security group never opened for a new VM",
    cause: "firewall-blocked",
    facts: {
      "error-shown": "code-0x204",
      "since-when": "new-server",
      "when-fails": "hangs-then-fails",
      "network-path": "internet",
    },
  },
  {
    name: "site firewall drops 3389 silently, seen by the probe",
    cause: "firewall-blocked",
    facts: { "error-shown": "code-0x204", "since-when": "sudden" },
    findings: ["tcp.timeout"],
  },
  {
    name: "Remote Desktop switched off by GPO: fast refusal",
    cause: "rdp-service-down",
    facts: {
      "error-shown": "code-0x204",
      "port-test": "false",
      "since-when": "sudden",
      "recent-change": "updates",
      "who-affected": "everyone",
      "console-access": "console-only",
    },
  },
  {
    name: "TermService stopped, probe sees a refused port",
    cause: "rdp-service-down",
    facts: { "error-shown": "code-0x204", "who-affected": "everyone" },
    findings: ["tcp.refused"],
  },
  {
    name: "desktop asleep (0x204 from the Mac client)",
    cause: "rdp-service-down",
    facts: {
      "error-shown": "code-0x204",
      "client-app": "mac-mobile",
      pattern: "sometimes",
      "since-when": "sudden",
    },
  },
  {
    name: "internet-exposed server under brute force, reboot helps for a while",
    cause: "connection-limit",
    facts: {
      "error-shown": "code-0x904",
      pattern: "after-reboot",
      "network-path": "internet",
      "internet-exposed": "under-attack",
      "since-when": "getting-worse",
    },
  },
  {
    name: "port-forwarded office PC fails more and more often",
    cause: "connection-limit",
    facts: {
      "error-shown": "code-0x904",
      "since-when": "getting-worse",
      pattern: "sometimes",
      "network-path": "internet",
      "who-affected": "everyone",
    },
  },
  {
    name: "incomplete connections flood, probe sees accept-then-close",
    cause: "connection-limit",
    facts: { "error-shown": "code-0x904", pattern: "sometimes", "internet-exposed": "exposed" },
    findings: ["tcp.open", "rdp.no-confirm"],
  },
];
