import type { ProbePolicyConfig } from "./probe-policy.js";

/**
 * Private and loopback ranges only: the bot diagnoses machines inside the organisation, and an
 * allow-list keeps it from becoming a scanner for whoever can type in the chat. Names are not
 * restricted by default; addresses always are.
 */
export const defaultProbePolicyConfig: ProbePolicyConfig = {
  allowedCidrs: [
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "fc00::/7",
    "127.0.0.0/8",
    "::1/128",
  ],
  allowedHostnames: [],
  allowedPorts: [3389],
};
