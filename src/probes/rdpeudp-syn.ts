import { rdpeudpFlags, rdpeudpMaxMtu, rdpeudpVersionCodes } from "./rdpeudp-flags.js";

/**
 * The SYN a current client sends (FreeRDP's layout, MS-RDPEUDP 3.1.5.1.1):
 *   FEC header   snSourceAck 0xFFFFFFFF, uReceiveWindowSize 64, uFlags SYN|SYNEX
 *   SYNDATA      snInitialSequenceNumber, uUpStreamMtu 1232, uDownStreamMtu 1232
 *   SYNDATAEX    uSynExFlags VERSION_INFO_VALID, uUdpVer 2
 *   zeros up to 1232 bytes.
 * SYNEX with version 2 rather than a bare version-1 SYN: it is what servers see from real clients, and
 * the answer then tells us the server's version. Version 3 would need a cookie hash from a TCP
 * multitransport exchange we do not have. At 1232 bytes the datagram also exercises the path MTU.
 */
export function buildRdpeudpSyn(initialSequenceNumber: number): Buffer {
  const datagram = Buffer.alloc(rdpeudpMaxMtu);
  datagram.writeUInt32BE(0xffffffff, 0);
  datagram.writeUInt16BE(64, 4);
  datagram.writeUInt16BE(rdpeudpFlags.syn | rdpeudpFlags.synEx, 6);
  datagram.writeUInt32BE(initialSequenceNumber >>> 0, 8);
  datagram.writeUInt16BE(rdpeudpMaxMtu, 12);
  datagram.writeUInt16BE(rdpeudpMaxMtu, 14);
  datagram.writeUInt16BE(0x0001, 16);
  datagram.writeUInt16BE(rdpeudpVersionCodes[2], 18);
  return datagram;
}
