import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

/** Reads answers one line at a time from a stream; resolves undefined once the input ends. */
export function lineReader(
  input: Readable,
  write: (text: string) => void,
): (prompt: string) => Promise<string | undefined> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  return async (prompt) => {
    write(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
}
