import type { LatencySummary } from "./latency-summary.js";

export interface StoreResult {
  name: string;
  seedSeconds: number;
  one: LatencySummary;
  /** Both replicas' ops together; absent for the memory store, which one process cannot share. */
  two?: LatencySummary & { conflicts: number };
}

export interface StateReportInput {
  sessions: number;
  ops: number;
  warmup: number;
  targetP99Ms: number;
  results: readonly StoreResult[];
}

const ms = (x: number) => x.toFixed(3).padStart(8);
const ratio = (x: number, of: number) => (x / of).toFixed(2).padStart(8);

/** The printed report: one-replica table with ratios to memory, two-replica table, the target verdict. */
export function renderStateReport(input: StateReportInput): string[] {
  const { results, targetP99Ms } = input;
  const memory = results.find((r) => r.name.startsWith("memory"));
  const sqlite = results.find((r) => r.name.startsWith("sqlite"));
  const lines = [
    `State store op = loadSession + engine step + saveSession (compare-and-set), one at a time`,
    `${input.sessions} live sessions per store, ${input.ops} timed ops on random conversations after ${input.warmup} warm-up ops, loopback only`,
    "",
    `${"store".padEnd(22)}  p50 ms    p99 ms   mean ms  p99/memory  seed s`,
  ];
  for (const r of results) {
    const vsMemory = memory === undefined ? "       -" : ratio(r.one.p99, memory.one.p99);
    lines.push(
      `${r.name.padEnd(22)}${ms(r.one.p50)}  ${ms(r.one.p99)}  ${ms(r.one.mean)}  ${vsMemory}    ${r.seedSeconds.toFixed(1).padStart(4)}`,
    );
  }
  lines.push(
    "",
    `Two replica processes on the same store, ${input.ops} ops each on disjoint halves of the conversations, at once`,
    "",
    `${"store".padEnd(22)}  p50 ms    p99 ms   mean ms  p99/one replica  conflicts`,
  );
  for (const r of results) {
    if (r.two === undefined) continue;
    lines.push(
      `${r.name.padEnd(22)}${ms(r.two.p50)}  ${ms(r.two.p99)}  ${ms(r.two.mean)}  ${ratio(r.two.p99, r.one.p99)}         ${r.two.conflicts}`,
    );
  }
  const p99 = sqlite?.one.p99 ?? Number.NaN;
  lines.push(
    "",
    `target step p99 <= ${targetP99Ms} ms on SQLite: ${p99 <= targetP99Ms ? "met" : "NOT met"} (p99 ${p99.toFixed(3)} ms)`,
    "Slack ack latency with a SQLite store vs bare Bolt is measured by `npm run bench:slack` (the real bot on SQLite next to a bare Bolt app).",
  );
  return lines;
}
