import type { ObservedFinding } from "./observed-finding.js";

/**
 * Whether a finding came from a pasted server report rather than from the probes: such findings are kept
 * or replaced with their report, never by a probe run, and a re-check compares only what the probes saw.
 */
export function fromServerReport(finding: Pick<ObservedFinding, "id">): boolean {
  return finding.id.startsWith("server.");
}
