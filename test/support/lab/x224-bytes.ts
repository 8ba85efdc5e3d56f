/**
 * Just enough X.224 for the lab's own smoke tests (the real codec lives in src/probes). Layouts from
 * MS-RDPBCGR 2.2.1.1 (Connection Request) and 2.2.1.2 (Connection Confirm).
 */
export const requestedProtocol = { rdp: 0x0, ssl: 0x1, hybrid: 0x2, hybridEx: 0x8 } as const;

/** TPKT + X.224 CR + RDP_NEG_REQ, no cookie: 19 bytes. */
export function x224ConnectionRequest(requestedProtocols: number): Buffer {
  const tpkt = [0x03, 0x00, 0x00, 0x13];
  const connectionRequestTpdu = [0x0e, 0xe0, 0x00, 0x00, 0x00, 0x00, 0x00];
  const negotiationRequestHeader = [0x01, 0x00, 0x08, 0x00];
  const request = Buffer.from([...tpkt, ...connectionRequestTpdu, ...negotiationRequestHeader, 0, 0, 0, 0]);
  request.writeUInt32LE(requestedProtocols, 15);
  return request;
}

export type X224Answer =
  | { kind: "response"; selectedProtocol: number; flags: number }
  | { kind: "failure"; code: number }
  | { kind: "unparsed" };

const connectionConfirm = 0xd0;
const negotiationResponse = 0x02;
const negotiationFailure = 0x03;

/** Reads the RDP_NEG_RSP / RDP_NEG_FAILURE of a 19-byte Connection Confirm. */
export function parseX224Confirm(bytes: Buffer): X224Answer {
  if (bytes.length < 19 || bytes[0] !== 0x03 || bytes[5] !== connectionConfirm) return { kind: "unparsed" };
  const value = bytes.readUInt32LE(15);
  if (bytes[11] === negotiationResponse)
    return { kind: "response", selectedProtocol: value, flags: bytes[12] ?? 0 };
  if (bytes[11] === negotiationFailure) return { kind: "failure", code: value };
  return { kind: "unparsed" };
}
