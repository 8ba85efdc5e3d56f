import { ntlmFlags, ntlmSignature } from "../probes/ntlm-flags.js";
import { avId } from "../probes/parse-ntlm-av-pairs.js";

/** Who a fake NLA server says it is. */
export interface FakeNtlmIdentity {
  netbiosComputerName: string;
  netbiosDomainName: string;
  dnsComputerName: string;
  dnsDomainName: string;
  /** The server clock it reports (MsvAvTimestamp). */
  time: Date;
  version: { major: number; minor: number; build: number };
}

const headerBytes = 56;

/**
 * An NTLM CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) laid out as Windows lays it out: the 56-byte header with
 * VERSION, then TargetName, then TargetInfo's AV pairs ending in MsvAvEOL. Tests corrupt copies of it.
 */
export function fakeNtlmChallenge(identity: FakeNtlmIdentity): Buffer {
  const targetName = Buffer.from(identity.netbiosDomainName, "utf16le");
  const targetInfo = Buffer.concat([
    avPair(avId.nbDomainName, Buffer.from(identity.netbiosDomainName, "utf16le")),
    avPair(avId.nbComputerName, Buffer.from(identity.netbiosComputerName, "utf16le")),
    avPair(avId.dnsDomainName, Buffer.from(identity.dnsDomainName, "utf16le")),
    avPair(avId.dnsComputerName, Buffer.from(identity.dnsComputerName, "utf16le")),
    avPair(avId.timestamp, fileTime(identity.time)),
    avPair(avId.eol, Buffer.alloc(0)),
  ]);
  const header = Buffer.alloc(headerBytes);
  ntlmSignature.copy(header, 0);
  header.writeUInt32LE(2, 8);
  writeField(header, 12, targetName.length, headerBytes);
  header.writeUInt32LE((ntlmFlags.unicode | ntlmFlags.targetInfo | ntlmFlags.version) >>> 0, 20);
  header.write("0123456789abcdef", 24, "hex");
  writeField(header, 40, targetInfo.length, headerBytes + targetName.length);
  header.writeUInt8(identity.version.major, 48);
  header.writeUInt8(identity.version.minor, 49);
  header.writeUInt16LE(identity.version.build, 50);
  header.writeUInt8(15, 55);
  return Buffer.concat([header, targetName, targetInfo]);
}

/** Len, MaxLen, Offset: the field layout every variable part of an NTLM message uses. */
export function writeField(message: Buffer, at: number, length: number, offset: number): void {
  message.writeUInt16LE(length, at);
  message.writeUInt16LE(length, at + 2);
  message.writeUInt32LE(offset, at + 4);
}

function avPair(id: number, value: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(value.length, 2);
  return Buffer.concat([head, value]);
}

function fileTime(date: Date): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(date.getTime()) * 10_000n + 116_444_736_000_000_000n);
  return bytes;
}
