export interface ConnectionRequestOptions {
  requestedProtocols: number;
  /** `Cookie: mstshash=<cookie>`; servers ignore it, but some log it, so a probe can say who it is. */
  cookie?: string;
}

const tpktHeaderLength = 4;
const crFixedLength = 7;
const negReqLength = 8;
const cookiePattern = /^[\x21-\x7e]{1,64}$/;

/** TPKT + X.224 Connection Request + optional cookie + RDP_NEG_REQ (MS-RDPBCGR 2.2.1.1). */
export function buildConnectionRequest(options: ConnectionRequestOptions): Buffer {
  const { requestedProtocols, cookie } = options;
  if (!Number.isInteger(requestedProtocols) || requestedProtocols < 0 || requestedProtocols > 0xffffffff) {
    throw new RangeError(`requestedProtocols must be a uint32, got ${requestedProtocols}`);
  }
  if (cookie !== undefined && !cookiePattern.test(cookie)) {
    throw new RangeError("cookie must be 1-64 printable ASCII characters without spaces");
  }
  const cookieBytes =
    cookie === undefined ? Buffer.alloc(0) : Buffer.from(`Cookie: mstshash=${cookie}\r\n`, "ascii");
  const total = tpktHeaderLength + crFixedLength + cookieBytes.length + negReqLength;
  const out = Buffer.alloc(total);
  out.writeUInt8(0x03, 0);
  out.writeUInt16BE(total, 2);
  // The length indicator counts the TPDU bytes after itself.
  out.writeUInt8(total - tpktHeaderLength - 1, 4);
  out.writeUInt8(0xe0, 5);
  cookieBytes.copy(out, tpktHeaderLength + crFixedLength);
  const neg = tpktHeaderLength + crFixedLength + cookieBytes.length;
  out.writeUInt8(0x01, neg);
  out.writeUInt16LE(negReqLength, neg + 2);
  out.writeUInt32LE(requestedProtocols, neg + 4);
  return out;
}
