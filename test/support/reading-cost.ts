import { readDescription } from "../../src/engine/index.js";
import { maxDescriptionChars } from "../../src/engine/tokenize-description.js";
import type { Flow } from "../../src/flow/flow-schema.js";

/** A person's words read with `flow`, as question id -> answer id. */
export function readFacts(flow: Flow, text: string): Record<string, string> {
  return Object.fromEntries(readDescription(flow, text).map((f) => [f.questionId, f.answerId]));
}

/** `text`, `count` times over: a batch of reads to time. */
export function times(text: string, count: number): string[] {
  return Array.from({ length: count }, () => text);
}

/**
 * How long `reads` take, as the fastest of several runs: the suite shares its cores, and a slow run says
 * nothing about the reader. Only ratios between two such times are compared, never a time to a clock limit.
 */
export function fastestReads(flow: Flow, reads: readonly string[]): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    for (const text of reads) readDescription(flow, text);
    ms = Math.min(ms, performance.now() - started);
  }
  return ms;
}

/**
 * One read of `killer` at the reading cap against sixteen reads of it at a sixteenth of the cap: equal work,
 * a ratio near 1, if reading is linear; a quadratic reader would take sixteen times as long.
 */
export function capToSixteenthsRatio(flow: Flow, killer: (length: number) => string): number {
  const large = killer(maxDescriptionChars);
  const small = killer(maxDescriptionChars / 16);
  return fastestReads(flow, times(large, 32)) / fastestReads(flow, times(small, 32 * 16));
}
