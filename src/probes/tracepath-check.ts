import type { PathCheckOptions, PathCheckResult } from "./path-check-result.js";
import { pathFinding } from "./path-finding.js";
import { runPathTool } from "./path-tool.js";
import { pathToolAddress } from "./path-tool-address.js";
import { pathToolOptions } from "./path-tool-options.js";
import { pathToolUnusable } from "./path-tool-unusable.js";
import { parseTracepathOutput } from "./tracepath-output.js";

export interface TracepathOptions extends PathCheckOptions {
  maxHops?: number;
}

/** Anything below a full Ethernet frame means a tunnel or VPN on the way. */
const fullMtu = 1500;

/**
 * `tracepath -n -m HOPS`: the path MTU hop by hop, learnt from ICMP "fragmentation needed". Its probes
 * are UDP datagrams to high ports, not to the RDP port, so the pipeline runs it only when asked.
 */
export async function checkTracepath(options: TracepathOptions): Promise<PathCheckResult> {
  const { family, address } = pathToolAddress(options.address);
  const maxHops = options.maxHops ?? 8;
  const args = [`-${family}`, "-n", "-m", String(maxHops), "--", address];
  const started = performance.now();
  const run = await (options.runTool ?? runPathTool)("tracepath", args, pathToolOptions(options, 10_000));
  const durationMs = Math.round(performance.now() - started);
  const step = { step: "path" as const, address, durationMs };
  const unusable = pathToolUnusable(run);
  if (unusable || run.kind !== "ran") {
    return {
      step: {
        ...step,
        status: "not-checked",
        summary: `tracepath: ${unusable}`,
        data: { check: "tracepath" },
      },
      findings: [],
    };
  }
  const output = parseTracepathOutput(run.stdout);
  const data = { check: "tracepath", ...output, timedOut: run.timedOut };
  if (output.pmtu !== undefined && output.pmtu < fullMtu) {
    const summary = `tracepath: path MTU ${output.pmtu}${output.reached ? "" : " (host not reached)"}`;
    return {
      step: { ...step, status: "failed", summary, data },
      findings: [pathFinding("path.mtu-reduced", summary, address, options.now)],
    };
  }
  if (!output.reached) {
    const summary = `tracepath did not reach ${address} within ${maxHops} hops`;
    return { step: { ...step, status: "inconclusive", summary, data }, findings: [] };
  }
  const hops = output.hops === undefined ? "" : ` over ${output.hops} hop${output.hops === 1 ? "" : "s"}`;
  return {
    step: { ...step, status: "ok", summary: `tracepath: path MTU ${output.pmtu ?? "unknown"}${hops}`, data },
    findings: [],
  };
}
