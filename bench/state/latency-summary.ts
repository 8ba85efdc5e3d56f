import { percentile } from "../slack/percentile.js";

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  count: number;
}

export function latencySummary(ms: readonly number[]): LatencySummary {
  const mean = ms.length === 0 ? Number.NaN : ms.reduce((sum, x) => sum + x, 0) / ms.length;
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), mean, count: ms.length };
}
