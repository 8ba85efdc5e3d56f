import type { IpAddress } from "./ip-address.js";

/** The address with every bit past the prefix cleared (and no zone: a network has none). */
export function maskIpAddress(address: IpAddress, prefixLength: number): IpAddress {
  const bytes = address.bytes.map((byte, index) => {
    const keep = Math.max(0, Math.min(8, prefixLength - 8 * index));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
  return address.family === 4 ? { family: 4, bytes } : { family: 6, bytes };
}
