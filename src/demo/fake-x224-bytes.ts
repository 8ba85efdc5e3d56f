/** The 11-byte confirm of a server that ignores RDP_NEG_REQ (Windows 2000/XP/2003). */
export const legacyConfirm = Buffer.from("0300000b06d00000123400", "hex");

/** What xrdp sends in plaintext when its TLS credential is unusable: MCS Disconnect Provider Ultimatum. */
export const mcsDisconnectUltimatum = Buffer.from("0300000902f0802180", "hex");

/** TPKT + X.224 CC + RDP_NEG_RSP (type 2) or RDP_NEG_FAILURE (type 3), written independently of the probe's parser. */
export function confirmBytes(type: 0x02 | 0x03, flags: number, value: number): Buffer {
  const out = Buffer.alloc(19);
  Buffer.from("030000130ed00000123400", "hex").copy(out);
  out.writeUInt8(type, 11);
  out.writeUInt8(flags, 12);
  out.writeUInt16LE(8, 13);
  out.writeUInt32LE(value >>> 0, 15);
  return out;
}

/** requestedProtocols of a Connection Request, or null when it carries no RDP_NEG_REQ. */
export function requestedProtocolsOf(request: Buffer): number | null {
  const neg = request.length - 8;
  const hasNegReq = neg >= 11 && request[neg] === 0x01 && request.readUInt16LE(neg + 2) === 8;
  return hasNegReq ? request.readUInt32LE(neg + 4) : null;
}
