import type { IpAddress, Ipv4Address } from "./ip-address.js";

/** How an IPv6 address carries an IPv4 one; packets to it can end up at that IPv4 address. */
export type Ipv4Embedding = "ipv4-mapped" | "ipv4-translated" | "ipv4-compatible" | "nat64" | "6to4";

export interface EmbeddedIpv4Address {
  via: Ipv4Embedding;
  address: Ipv4Address;
}

/**
 * Every IPv4 address an IPv6 address may stand for. A dual-stack socket sends `::ffff:a.b.c.d` as IPv4;
 * a NAT64 gateway and a 6to4 tunnel forward to the embedded address. The local-use NAT64 prefix
 * 64:ff9b:1::/48 may embed at any RFC 6052 length, so every possible position is returned. Teredo and
 * ISATAP are not read: both are obsolete, and neither is allowed unless configured.
 */
export function embeddedIpv4Addresses(address: IpAddress): EmbeddedIpv4Address[] {
  if (address.family === 4) return [];
  const b = address.bytes;
  const zeros = (from: number, to: number) => b.slice(from, to).every((byte) => byte === 0);
  const at = (...indexes: number[]): Ipv4Address => ({ family: 4, bytes: indexes.map((i) => b[i] ?? 0) });
  const last32 = at(12, 13, 14, 15);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return [{ via: "ipv4-mapped", address: last32 }];
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) {
    return [{ via: "ipv4-translated", address: last32 }];
  }
  // :: and ::1 are the unspecified and loopback addresses, not IPv4-compatible ones.
  if (zeros(0, 12) && !(zeros(12, 15) && (b[15] ?? 0) <= 1))
    return [{ via: "ipv4-compatible", address: last32 }];
  if (startsWith(b, [0x00, 0x64, 0xff, 0x9b]) && zeros(4, 12)) return [{ via: "nat64", address: last32 }];
  if (startsWith(b, [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01])) {
    return [at(6, 7, 9, 10), at(7, 9, 10, 11), at(9, 10, 11, 12), last32].map((v4) => ({
      via: "nat64",
      address: v4,
    }));
  }
  if (startsWith(b, [0x20, 0x02])) return [{ via: "6to4", address: at(2, 3, 4, 5) }];
  return [];
}

function startsWith(bytes: readonly number[], prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
