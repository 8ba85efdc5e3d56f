/** RDPUDP_FEC_HEADER uFlags (MS-RDPEUDP 2.2.2.1); the header and every field are big-endian. */
export const rdpeudpFlags = {
  syn: 0x0001,
  fin: 0x0002,
  ack: 0x0004,
  data: 0x0008,
  fec: 0x0010,
  cn: 0x0020,
  cwr: 0x0040,
  sackOption: 0x0080,
  ackOfAcks: 0x0100,
  synLossy: 0x0200,
  ackDelayed: 0x0400,
  correlationId: 0x0800,
  synEx: 0x1000,
} as const;

/** Clients pad the SYN to the MTU they offer; 1232 is the largest the protocol allows (1132 the smallest). */
export const rdpeudpMaxMtu = 1232;

/** uUdpVer values in RDPUDP_SYNDATAEX_PAYLOAD, by the version number people use. */
export const rdpeudpVersionCodes = { 1: 0x0001, 2: 0x0002, 3: 0x0101 } as const;
