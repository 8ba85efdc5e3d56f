import { ntlmFlags, ntlmSignature } from "./ntlm-flags.js";
import type { NtlmIdentity } from "./ntlm-identity.js";
import { avId, parseNtlmAvPairs } from "./parse-ntlm-av-pairs.js";

export type ChallengeReading =
  | { kind: "parsed"; identity: NtlmIdentity }
  | { kind: "unreadable"; reason: string };

/** The fixed part up to and including TargetInfoFields; VERSION follows when the flag says so. */
const fixedBytes = 48;
const withVersionBytes = 56;
/** Ticks of 100 ns between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
const fileTimeEpochOffset = 116_444_736_000_000_000n;

/** Reads an NTLM CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) from a hostile server, checking every offset. */
export function parseNtlmChallenge(message: Buffer): ChallengeReading {
  const unreadable = (reason: string): ChallengeReading => ({ kind: "unreadable", reason });
  if (message.length < fixedBytes)
    return unreadable(`CHALLENGE of ${message.length} bytes, under ${fixedBytes}`);
  if (!message.subarray(0, 8).equals(ntlmSignature)) return unreadable("the token is not an NTLMSSP message");
  const type = message.readUInt32LE(8);
  if (type !== 2) return unreadable(`NTLM message type ${type}, not a CHALLENGE (2)`);
  const flags = message.readUInt32LE(20);

  const targetName = field(message, 12, "TargetName");
  if ("reason" in targetName) return unreadable(targetName.reason);
  const targetInfo = field(message, 40, "TargetInfo");
  if ("reason" in targetInfo) return unreadable(targetInfo.reason);
  const pairs =
    targetInfo.bytes.length === 0
      ? { names: new Map(), timestamp: null }
      : parseNtlmAvPairs(targetInfo.bytes);
  if ("reason" in pairs) return unreadable(pairs.reason);

  const hasVersion = (flags & ntlmFlags.version) !== 0 && message.length >= withVersionBytes;
  const name = (id: number) => pairs.names.get(id) ?? null;
  const identity: NtlmIdentity = {
    targetName:
      targetName.bytes.length === 0
        ? null
        : targetName.bytes.toString((flags & ntlmFlags.unicode) !== 0 ? "utf16le" : "latin1"),
    netbiosComputerName: name(avId.nbComputerName),
    netbiosDomainName: name(avId.nbDomainName),
    dnsComputerName: name(avId.dnsComputerName),
    dnsDomainName: name(avId.dnsDomainName),
    dnsTreeName: name(avId.dnsTreeName),
    serverTime: pairs.timestamp === null ? null : fileTimeToIso(pairs.timestamp),
    version: hasVersion
      ? { major: message.readUInt8(48), minor: message.readUInt8(49), build: message.readUInt16LE(50) }
      : null,
  };
  return { kind: "parsed", identity };
}

/** A Len/MaxLen/Offset triple; the payload it points at must lie inside the message. */
function field(message: Buffer, at: number, what: string): { bytes: Buffer } | { reason: string } {
  const length = message.readUInt16LE(at);
  const offset = message.readUInt32LE(at + 4);
  if (length === 0) return { bytes: Buffer.alloc(0) };
  if (offset + length > message.length)
    return {
      reason: `${what} points past the end (offset ${offset}, ${length} bytes, message ${message.length})`,
    };
  return { bytes: message.subarray(offset, offset + length) };
}

/** A FILETIME outside what a Date can hold (year 275760 and on) is not a clock reading; it becomes null. */
function fileTimeToIso(fileTime: bigint): string | null {
  const ms = Number((fileTime - fileTimeEpochOffset) / 10_000n);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
