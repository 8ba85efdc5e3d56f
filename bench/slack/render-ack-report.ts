import { percentile } from "./percentile.js";

export interface AckRound {
  ours: readonly number[];
  peer: readonly number[];
}

export interface AckReportOptions {
  title: string;
  oursName: string;
  peerName: string;
  /** The platform's ack limit, e.g. "Slack's 3 s". */
  limitName: string;
  limitMs: number;
  /** Issue 18: rdp-fix's p99 at most this many times the bare SDK's, in the same run. */
  targetRatio: number;
  rounds: readonly AckRound[];
}

/**
 * The ack-latency table both chat benches print: p50 and p99 of every round pooled, for rdp-fix and the bare
 * SDK, their ratios, and the p99 ratio of each round alone (bare and rdp-fix measured back to back), whose
 * spread is the machine's noise: other processes on the same cores move one round and not the next.
 */
export function renderAckReport(options: AckReportOptions): string {
  const ours = options.rounds.flatMap((round) => round.ours);
  const peer = options.rounds.flatMap((round) => round.peer);
  const ms = (value: number) => `${String(value).padStart(5)} ms`;
  const row = (name: string, sample: readonly number[]) =>
    `${name.padEnd(26)} ${ms(percentile(sample, 50))}  ${ms(percentile(sample, 99))}   ${(percentile(sample, 99) / options.limitMs).toFixed(3)}`;
  const ratio = (p: number, a: readonly number[], b: readonly number[]) =>
    percentile(a, p) / Math.max(1, percentile(b, p));
  const perRound = options.rounds.map((round) => ratio(99, round.ours, round.peer));
  const pooled99 = ratio(99, ours, peer);
  // The verdict is the median round: a pooled p99 is the worst round of either side, and another process
  // taking the cores for a moment lands on one side of one round only.
  const median = percentile(perRound, 50);
  const met = perRound.filter((r) => r <= options.targetRatio).length;
  return [
    options.title,
    "",
    `${"".padEnd(26)}      p50       p99   p99 / ${options.limitName} limit`,
    row(options.oursName, ours),
    row(options.peerName, peer),
    `${"rdp-fix / bare".padEnd(26)} ${ratio(50, ours, peer).toFixed(2).padStart(8)} ${pooled99.toFixed(2).padStart(9)}`,
    "",
    `p99 ratio per round: ${perRound.map((r) => r.toFixed(2)).join(" ")}`,
    `target p99 <= ${options.targetRatio}x the bare SDK: met in ${met} of ${perRound.length} rounds; median round ${median.toFixed(2)}: ${median <= options.targetRatio ? "met" : "NOT met"}`,
  ].join("\n");
}
