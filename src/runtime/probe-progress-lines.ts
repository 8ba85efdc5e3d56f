import type { ProbeStep } from "../probes/probe-report.js";

/** The mark a progress line starts with, the same on every platform. */
export const probeStepMarks: Record<ProbeStep["status"], string> = {
  ok: "✓",
  failed: "✗",
  inconclusive: "·",
  "not-checked": "·",
  denied: "✗",
};

/**
 * The newest lines that fit in `room` characters (one newline each), oldest first, and how many older
 * ones were left out: when a run outgrows a message, what is happening now matters most.
 */
export function newestLinesThatFit(
  lines: readonly string[],
  room: number,
): { kept: string[]; dropped: number } {
  const kept: string[] = [];
  let used = 0;
  for (const line of [...lines].reverse()) {
    if (used + line.length + 1 > room) break;
    kept.unshift(line);
    used += line.length + 1;
  }
  return { kept, dropped: lines.length - kept.length };
}
