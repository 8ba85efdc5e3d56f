import { Writable } from "node:stream";

/** A log destination that keeps every line written to it, for a test to read what a real logger said. */
export function capturedLog(): { lines: string[]; destination: Writable } {
  const lines: string[] = [];
  const destination = new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}
