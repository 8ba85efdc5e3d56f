import type { PathCheckOptions, PathCheckResult } from "./path-check-result.js";
import { pathFinding } from "./path-finding.js";
import { type PathToolRun, runPathTool } from "./path-tool.js";
import { pathToolAddress } from "./path-tool-address.js";
import { pathToolOptions } from "./path-tool-options.js";
import { pathToolUnusable } from "./path-tool-unusable.js";
import { type PingOutput, parsePingOutput } from "./ping-output.js";

export interface PingMtuOptions extends PathCheckOptions {
  /** ICMP payload of the full-size probe; default: a 1500-byte IP packet. */
  largePayload?: number;
}

/** Payloads that make 1500-byte packets (full Ethernet) and the smallest packets every path must carry. */
const payloads = { 4: { large: 1472, small: 548 }, 6: { large: 1452, small: 1232 } } as const;
const count = 3;

/**
 * Compares full-size and small pings with Don't Fragment set. Large ones failing while small ones pass
 * means a reduced path MTU; with an ICMP "fragmentation needed" we learn the MTU, without one it is a
 * black hole, the case that stalls TLS after a clean TCP handshake. Large ones passing is a finding too
 * (`path.mtu-ok`), so the reply can show the evidence against a black hole.
 */
export async function checkPingMtu(options: PingMtuOptions): Promise<PathCheckResult> {
  const { family, address } = pathToolAddress(options.address);
  const sizes = { ...payloads[family], ...(options.largePayload ? { large: options.largePayload } : {}) };
  const pacing = ["-n", "-c", String(count), "-i", "0.2", "-W", "1"];
  const ping = (size: number) =>
    (options.runTool ?? runPathTool)(
      "ping",
      [`-${family}`, ...pacing, "-M", "do", "-s", String(size), "--", address],
      pathToolOptions(options, (count - 1) * 200 + 3000),
    );
  const started = performance.now();
  const [small, large] = await Promise.all([ping(sizes.small), ping(sizes.large)]);
  const durationMs = Math.round(performance.now() - started);
  const step = { step: "path" as const, address, durationMs };
  const unusable = pathToolUnusable(small) ?? pathToolUnusable(large);
  if (unusable)
    return {
      step: { ...step, status: "not-checked", summary: `MTU: ${unusable}`, data: { check: "mtu" } },
      findings: [],
    };

  const smallOut = read(small);
  const largeOut = read(large);
  const bytes = {
    small: sizes.small + (family === 4 ? 28 : 48),
    large: sizes.large + (family === 4 ? 28 : 48),
  };
  const data = { check: "mtu", packetBytes: bytes, small: smallOut, large: largeOut };
  if (!smallOut.received) {
    const summary = `MTU unknown: no reply to ${bytes.small}-byte pings (ICMP echo may be blocked)`;
    return {
      step: {
        ...step,
        status: smallOut.transmitted === undefined ? "not-checked" : "inconclusive",
        summary,
        data,
      },
      findings: [],
    };
  }
  if (largeOut.received) {
    const summary = `${bytes.large}-byte packets with Don't Fragment pass (${largeOut.received} of ${largeOut.transmitted})`;
    // Counter-evidence worth saying: it argues against an MTU black hole, at least on the bot's own path.
    const finding = pathFinding("path.mtu-ok", summary, address, options.now);
    return { step: { ...step, status: "ok", summary, data }, findings: [finding] };
  }
  const summary =
    largeOut.mtu === undefined
      ? `${bytes.large}-byte packets with Don't Fragment vanish while ${bytes.small}-byte ones pass, and no "fragmentation needed" comes back: an MTU black hole`
      : `path MTU ${largeOut.mtu}: ${bytes.large}-byte packets with Don't Fragment are refused, ${bytes.small}-byte ones pass`;
  const finding = pathFinding("path.mtu-reduced", summary, address, options.now);
  return {
    step: { ...step, status: "failed", summary, data: { ...data, pathMtu: largeOut.mtu } },
    findings: [finding],
  };
}

function read(run: PathToolRun): PingOutput {
  return run.kind === "ran" ? parsePingOutput(run.stdout, run.stderr) : {};
}
