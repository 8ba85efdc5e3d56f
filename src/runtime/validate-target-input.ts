import { parseHostnameInput } from "../probes/hostname-input.js";

/**
 * Strict reading of a host as a user typed it (RFC 1123 names, IP literals), before anything else sees it.
 * Returns what is wrong in words the user can act on, or undefined. Whether the target may be probed is the
 * probe policy's decision, made later on the resolved addresses.
 */
export function findHostInputProblem(host: string): string | undefined {
  const parsed = parseHostnameInput(host);
  return parsed.kind === "invalid" ? parsed.reason : undefined;
}
