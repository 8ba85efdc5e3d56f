import { ntlmFlags, ntlmSignature } from "./ntlm-flags.js";

/**
 * What a Windows 10 client asks for, as nmap's rdp-ntlm-info sends it: a server answers only a NEGOTIATE it
 * finds plausible, and VERSION and REQUEST_TARGET make it return its build and its names.
 */
const negotiateFlags =
  ntlmFlags.unicode |
  ntlmFlags.oem |
  ntlmFlags.requestTarget |
  ntlmFlags.sign |
  ntlmFlags.seal |
  ntlmFlags.ntlm |
  ntlmFlags.alwaysSign |
  ntlmFlags.extendedSessionSecurity |
  ntlmFlags.version |
  ntlmFlags.key128 |
  ntlmFlags.keyExchange |
  ntlmFlags.key56;

/**
 * An NTLM NEGOTIATE_MESSAGE (MS-NLMP 2.2.1.1) naming no domain and no workstation: we only want the server to
 * introduce itself. The VERSION field is Windows 10 build 19041 with NTLM revision 15.
 */
export function buildNtlmNegotiate(): Buffer {
  const message = Buffer.alloc(40);
  ntlmSignature.copy(message, 0);
  message.writeUInt32LE(1, 8);
  message.writeUInt32LE(negotiateFlags >>> 0, 12);
  // DomainNameFields and WorkstationFields: empty, offset just past the fixed part.
  message.writeUInt32LE(40, 20);
  message.writeUInt32LE(40, 28);
  message.writeUInt8(10, 32);
  message.writeUInt8(0, 33);
  message.writeUInt16LE(19041, 34);
  message.writeUInt8(15, 39);
  return message;
}
