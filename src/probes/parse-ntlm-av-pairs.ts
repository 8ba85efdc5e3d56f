/** AvId values of MS-NLMP 2.2.2.1 that name the server or carry its clock. */
export const avId = {
  eol: 0,
  nbComputerName: 1,
  nbDomainName: 2,
  dnsComputerName: 3,
  dnsDomainName: 4,
  dnsTreeName: 5,
  timestamp: 7,
} as const;

/** A computer or domain name is at most 255 characters; a longer one is not a name. */
const maxNameChars = 255;

export interface AvPairs {
  names: Map<number, string>;
  /** MsvAvTimestamp: a FILETIME, 100 ns ticks since 1601-01-01 UTC. */
  timestamp: bigint | null;
}

/** The AV_PAIR list in TargetInfo; every length is checked against the bytes actually there. */
export function parseNtlmAvPairs(info: Buffer): AvPairs | { reason: string } {
  const names = new Map<number, string>();
  let timestamp: bigint | null = null;
  let offset = 0;
  while (offset + 4 <= info.length) {
    const id = info.readUInt16LE(offset);
    const length = info.readUInt16LE(offset + 2);
    if (id === avId.eol) return { names, timestamp };
    const value = info.subarray(offset + 4, offset + 4 + length);
    if (value.length !== length)
      return { reason: `AV pair ${id} claims ${length} bytes, only ${value.length} are there` };
    if (id === avId.timestamp) {
      if (length !== 8) return { reason: `MsvAvTimestamp is ${length} bytes, not 8` };
      timestamp = value.readBigUInt64LE(0);
    } else if (id >= avId.nbComputerName && id <= avId.dnsTreeName) {
      if (length % 2 !== 0 || length / 2 > maxNameChars)
        return { reason: `AV pair ${id} is not a UTF-16 name (${length} bytes)` };
      names.set(id, value.toString("utf16le"));
    }
    offset += 4 + length;
  }
  // Windows always ends the list with MsvAvEOL; without one, trailing bytes would be silently misread.
  return { reason: "TargetInfo has no MsvAvEOL terminator" };
}
