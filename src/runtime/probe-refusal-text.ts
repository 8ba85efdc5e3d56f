import type { DenialCode } from "../probes/probe-policy-decision.js";

/** The variable an operator would change to allow a refused target, by the policy's denial code. */
const variableOf: Partial<Record<DenialCode, string>> = {
  "invalid-port": "RDP_FIX_ALLOWED_PORTS",
  "port-not-allowed": "RDP_FIX_ALLOWED_PORTS",
  "hostname-not-allowed": "RDP_FIX_ALLOWED_HOSTS",
  "not-allowed": "RDP_FIX_ALLOWED_CIDRS",
};

/** Why a target is not probed, in words that say what (if anything) an operator could change. */
export function probeRefusalText(code: DenialCode, reason: string): string {
  const variable = variableOf[code];
  if (variable) return `Not probing: ${reason}. An operator can allow it with ${variable}.`;
  if (code === "always-denied" || code === "denied-hostname")
    return `Not probing: ${reason}, whatever the configuration.`;
  return `Not probing: ${reason}.`;
}
