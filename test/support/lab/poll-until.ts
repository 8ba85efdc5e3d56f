import { setTimeout as sleep } from "node:timers/promises";

export interface PollOptions {
  deadlineMs: number;
  intervalMs?: number;
}

/** Calls `check` until it returns a value or the deadline passes; undefined means "gave up". */
export async function pollUntil<T>(
  check: () => Promise<T | undefined> | T | undefined,
  { deadlineMs, intervalMs = 20 }: PollOptions,
): Promise<T | undefined> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) return undefined;
    await sleep(intervalMs);
  }
}
