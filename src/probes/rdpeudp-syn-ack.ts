import { rdpeudpFlags, rdpeudpVersionCodes } from "./rdpeudp-flags.js";

export interface RdpeudpSynAck {
  kind: "syn-ack";
  flags: number;
  receiveWindow: number;
  serverInitialSequenceNumber: number;
  upstreamMtu: number;
  downstreamMtu: number;
  /** The highest version both sides speak; 1 when the server sent no SYNDATAEX. */
  version: 1 | 2 | 3;
}

export type ParsedRdpeudpSynAck = RdpeudpSynAck | { kind: "malformed"; reason: string };

const hex = (value: number, digits: number) => `0x${value.toString(16).padStart(digits, "0")}`;

/**
 * Reads a server's answer to our SYN. Like Zeek, we take the low flag byte == SYN|ACK as the signature;
 * the acknowledgement of our own random ISN is what proves the datagram answers us. The bytes come from
 * whatever listens on the port, so every read is bounds-checked first.
 */
export function parseRdpeudpSynAck(datagram: Buffer, ourInitialSequenceNumber: number): ParsedRdpeudpSynAck {
  if (datagram.length < 16) {
    return { kind: "malformed", reason: `${datagram.length} bytes, shorter than a SYN+ACK header (16)` };
  }
  const acknowledged = datagram.readUInt32BE(0);
  const flags = datagram.readUInt16BE(6);
  if ((flags & 0xff) !== (rdpeudpFlags.syn | rdpeudpFlags.ack)) {
    return { kind: "malformed", reason: `flags ${hex(flags, 4)} are not SYN+ACK` };
  }
  if (acknowledged !== ourInitialSequenceNumber >>> 0) {
    return {
      kind: "malformed",
      reason: `acknowledges ${hex(acknowledged, 8)}, not our sequence number ${hex(ourInitialSequenceNumber >>> 0, 8)}`,
    };
  }
  const version = readVersion(datagram, flags);
  if (typeof version === "string") return { kind: "malformed", reason: version };
  return {
    kind: "syn-ack",
    flags,
    receiveWindow: datagram.readUInt16BE(4),
    serverInitialSequenceNumber: datagram.readUInt32BE(8),
    upstreamMtu: datagram.readUInt16BE(12),
    downstreamMtu: datagram.readUInt16BE(14),
    version,
  };
}

/** SYNDATAEX follows SYNDATA, after the 32-byte correlation id when that flag is set. */
function readVersion(datagram: Buffer, flags: number): 1 | 2 | 3 | string {
  if ((flags & rdpeudpFlags.synEx) === 0) return 1;
  const offset = 16 + ((flags & rdpeudpFlags.correlationId) === 0 ? 0 : 32);
  if (datagram.length < offset + 4) return `SYNEX is set but SYNDATAEX is missing (${datagram.length} bytes)`;
  if ((datagram.readUInt16BE(offset) & 0x0001) === 0) return 1;
  const code = datagram.readUInt16BE(offset + 2);
  const entry = Object.entries(rdpeudpVersionCodes).find(([, value]) => value === code);
  if (!entry) return `unknown RDPEUDP version ${hex(code, 4)}`;
  return Number(entry[0]) as 1 | 2 | 3;
}
