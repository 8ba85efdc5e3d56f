/** Enough of an answer to recognise it in a report (`48 54 54 50` is an HTTP server) without echoing a flood. */
export function hexPrefix(bytes: Uint8Array, max = 16): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, max));
  return [...head].map((byte) => byte.toString(16).padStart(2, "0")).join(" ");
}
