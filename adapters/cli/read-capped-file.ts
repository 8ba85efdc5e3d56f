import { createReadStream } from "node:fs";

export type CappedFile = { kind: "read"; text: string } | { kind: "too-large"; maxBytes: number };

/**
 * A file's text, read until `maxBytes` and no further. The limit is counted on the bytes read, not on what
 * stat says: a device or a pipe has size 0 and no end (/dev/zero), so only reading tells how much there is.
 * A file that cannot be read rejects as fs does (ENOENT, EISDIR, EACCES).
 */
export async function readCappedFile(path: string, maxBytes: number): Promise<CappedFile> {
  const stream = createReadStream(path, { highWaterMark: Math.min(64 * 1024, maxBytes + 1) });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) return { kind: "too-large", maxBytes };
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return { kind: "read", text: Buffer.concat(chunks).toString("utf8") };
}
