import type { ObservedFinding } from "../engine/observed-finding.js";
import type { PathCheckOptions } from "./path-check-result.js";
import { checkPingLoss } from "./ping-loss.js";
import { checkPingMtu } from "./ping-mtu.js";
import type { ProbeStep } from "./probe-report.js";
import { checkTracepath } from "./tracepath-check.js";

export interface PathChecksOptions extends PathCheckOptions {
  /** Off by default: tracepath probes UDP ports other than the RDP port the policy allows. */
  tracepath?: boolean;
}

/**
 * The optional last stage of the pipeline for one allowed address: loss and MTU by ping, concurrently.
 * One finding per id, so two tools that agree do not count the same evidence twice.
 */
export async function runPathChecks(
  options: PathChecksOptions,
): Promise<{ steps: ProbeStep[]; findings: ObservedFinding[] }> {
  const results = await Promise.all([
    checkPingLoss(options),
    checkPingMtu(options),
    ...(options.tracepath === true ? [checkTracepath(options)] : []),
  ]);
  const findings = results
    .flatMap((result) => result.findings)
    .filter((finding, index, all) => all.findIndex((other) => other.id === finding.id) === index);
  return { steps: results.map((result) => result.step), findings };
}
