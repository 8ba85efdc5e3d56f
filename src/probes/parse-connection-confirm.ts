import type { ConfirmParse, ConnectionConfirm, MalformedConfirmProblem } from "./connection-confirm.js";
import { hexPrefix } from "./hex-prefix.js";
import { negotiationFailureReason } from "./negotiation-failure.js";

/** Windows and xrdp answer with 19 bytes; anything far longer is not a confirm, whatever its header says. */
export const maxConfirmLength = 512;

const tpktHeaderLength = 4;
const ccCode = 0xd0;
const negRsp = 0x02;
const negFailure = 0x03;

/**
 * Reads a Connection Confirm from the bytes received so far. Call it again with more bytes while it says
 * "incomplete"; it never needs more than `maxConfirmLength` bytes to decide, and never throws.
 */
export function parseConnectionConfirm(bytes: Uint8Array): ConfirmParse {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) return incomplete;
  if (buf[0] !== 0x03 || (buf.length > 1 && buf[1] !== 0x00)) {
    return done({ kind: "not-rdp", firstBytes: hexPrefix(buf) }, buf.length);
  }
  if (buf.length < tpktHeaderLength) return incomplete;
  const length = buf.readUInt16BE(2);
  if (length < tpktHeaderLength + 2) return malformed("tpkt-length-invalid", buf);
  if (length > maxConfirmLength) return malformed("tpkt-too-long", buf);
  if (buf.length < length) return incomplete;

  const tpdu = buf.subarray(tpktHeaderLength, length);
  const li = tpdu.readUInt8(0);
  const code = tpdu.readUInt8(1) & 0xf0;
  if (code !== ccCode) return malformed("not-connection-confirm", buf, length, code);
  if (li < 6 || li + 1 > tpdu.length) return malformed("length-indicator-invalid", buf, length);
  if (li === 6) return done({ kind: "legacy" }, length);
  if (li < 14) return malformed("negotiation-data-invalid", buf, length);

  const type = tpdu.readUInt8(7);
  const flags = tpdu.readUInt8(8);
  const negLength = tpdu.readUInt16LE(9);
  const value = tpdu.readUInt32LE(11);
  if (negLength !== 8) return malformed("negotiation-data-invalid", buf, length);
  if (type === negRsp) return done({ kind: "response", selectedProtocol: value, flags }, length);
  if (type === negFailure) {
    return done({ kind: "failure", code: value, reason: negotiationFailureReason(value) }, length);
  }
  return malformed("negotiation-data-invalid", buf, length);
}

const incomplete: ConfirmParse = { kind: "incomplete" };

function done(confirm: ConnectionConfirm, consumed: number): ConfirmParse {
  return { kind: "complete", confirm, consumed };
}

function malformed(
  problem: MalformedConfirmProblem,
  buf: Buffer,
  consumed = buf.length,
  tpduCode?: number,
): ConfirmParse {
  const firstBytes = hexPrefix(buf);
  const confirm: ConnectionConfirm =
    tpduCode === undefined
      ? { kind: "malformed", problem, firstBytes }
      : { kind: "malformed", problem, firstBytes, tpduCode };
  return done(confirm, consumed);
}
