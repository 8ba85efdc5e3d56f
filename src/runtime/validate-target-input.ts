import { parseProbeTarget } from "./parse-probe-target.js";

/**
 * What is wrong with a host as a user typed it, in words the user can act on, or undefined: the host half of
 * parseProbeTarget, for callers that have no port. Whether the target may be probed is the probe policy's
 * decision, made later on the resolved addresses.
 */
export function findHostInputProblem(host: string): string | undefined {
  const parsed = parseProbeTarget({ host });
  return parsed.ok ? undefined : parsed.problem;
}
