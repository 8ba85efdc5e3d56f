import type { IpAddress } from "./ip-address.js";

/**
 * RFC 5952 canonical text: lowercase, no leading zeros, the longest run of two or more zero groups
 * shortened to `::` (the first one on a tie), IPv4-mapped addresses with a dotted-quad tail.
 */
export function formatIpAddress(address: IpAddress): string {
  if (address.family === 4) return address.bytes.join(".");
  const { bytes } = address;
  const zone = address.zone === undefined ? "" : `%${address.zone}`;
  if (bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join(".")}${zone}`;
  }
  const groups = Array.from({ length: 8 }, (_, index) =>
    (((bytes[2 * index] ?? 0) << 8) | (bytes[2 * index + 1] ?? 0)).toString(16),
  );
  const run = longestZeroRun(groups);
  if (run.length < 2) return groups.join(":") + zone;
  const head = groups.slice(0, run.start).join(":");
  const tail = groups.slice(run.start + run.length).join(":");
  return `${head}::${tail}${zone}`;
}

function longestZeroRun(groups: readonly string[]): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  let start = -1;
  groups.forEach((group, index) => {
    if (group !== "0") {
      start = -1;
      return;
    }
    if (start < 0) start = index;
    const length = index - start + 1;
    if (length > best.length) best = { start, length };
  });
  return best;
}
