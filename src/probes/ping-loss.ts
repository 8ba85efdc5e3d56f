import type { PathCheckOptions, PathCheckResult } from "./path-check-result.js";
import { pathFinding } from "./path-finding.js";
import { runPathTool } from "./path-tool.js";
import { pathToolAddress } from "./path-tool-address.js";
import { pathToolOptions } from "./path-tool-options.js";
import { pathToolUnusable } from "./path-tool-unusable.js";
import { parsePingOutput } from "./ping-output.js";

export interface PingLossOptions extends PathCheckOptions {
  /** Echo requests, 0.2 s apart: a few seconds, gentle enough for any path. */
  count?: number;
}

/**
 * Estimates loss with `ping -c N`. No reply at all proves nothing (Windows Firewall drops echo requests
 * by default), so only a partial answer counts as loss.
 */
export async function checkPingLoss(options: PingLossOptions): Promise<PathCheckResult> {
  const { family, address } = pathToolAddress(options.address);
  const count = Math.max(2, options.count ?? 5);
  const args = [`-${family}`, "-n", "-c", String(count), "-i", "0.2", "-W", "1", "--", address];
  const started = performance.now();
  const run = await (options.runTool ?? runPathTool)(
    "ping",
    args,
    pathToolOptions(options, (count - 1) * 200 + 3000),
  );
  const durationMs = Math.round(performance.now() - started);
  const step = { step: "path" as const, address, durationMs };
  const unusable = pathToolUnusable(run);
  if (unusable)
    return {
      step: { ...step, status: "not-checked", summary: `loss: ${unusable}`, data: { check: "loss" } },
      findings: [],
    };

  const output = run.kind === "ran" ? parsePingOutput(run.stdout, run.stderr) : {};
  const data = { check: "loss", ...output };
  const { transmitted, received } = output;
  if (transmitted === undefined || received === undefined) {
    const why = run.kind === "ran" ? run.stderr.trim().split("\n")[0] || `exit code ${run.exitCode}` : "";
    return {
      step: { ...step, status: "not-checked", summary: `loss: ping gave no statistics (${why})`, data },
      findings: [],
    };
  }
  if (received === 0) {
    const summary = `loss unknown: no reply to ${transmitted} pings (ICMP echo may be blocked; Windows Firewall blocks it by default)`;
    return { step: { ...step, status: "inconclusive", summary, data }, findings: [] };
  }
  const lost = transmitted - received;
  if (lost <= 0) {
    const rtt = output.averageRttMs === undefined ? "" : `, average ${output.averageRttMs} ms`;
    return {
      step: {
        ...step,
        status: "ok",
        summary: `no loss: ${received} of ${transmitted} pings answered${rtt}`,
        data,
      },
      findings: [],
    };
  }
  const summary = `${lost} of ${transmitted} pings lost (${Math.round((100 * lost) / transmitted)}%)`;
  const finding = pathFinding("path.loss", summary, address, options.now);
  return { step: { ...step, status: "failed", summary, data }, findings: [finding] };
}
