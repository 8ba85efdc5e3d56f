import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

/**
 * Reads raw lines from a stream that need not be a terminal (a pipe, for `diagnose --jsonl`). The stream is
 * only listened to once the first line is asked for, so commands that never read leave stdin alone.
 */
export function inputLineReader(input: Readable): {
  read: () => Promise<string | undefined>;
  opened: () => boolean;
} {
  let lines: AsyncIterator<string> | undefined;
  return {
    read: async () => {
      lines ??= createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
      const next = await lines.next();
      return next.done ? undefined : String(next.value);
    },
    opened: () => lines !== undefined,
  };
}
