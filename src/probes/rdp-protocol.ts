/** requestedProtocols / selectedProtocol bits of MS-RDPBCGR 2.2.1.1.1 (RDP_NEG_REQ). */
export const rdpProtocol = {
  rdp: 0x00,
  ssl: 0x01,
  hybrid: 0x02,
  rdstls: 0x04,
  hybridEx: 0x08,
  rdsaad: 0x10,
} as const;

const names: ReadonlyArray<readonly [number, string]> = [
  [rdpProtocol.ssl, "SSL"],
  [rdpProtocol.hybrid, "HYBRID"],
  [rdpProtocol.rdstls, "RDSTLS"],
  [rdpProtocol.hybridEx, "HYBRID_EX"],
  [rdpProtocol.rdsaad, "RDSAAD"],
];

/** `0x0b` -> "SSL|HYBRID|HYBRID_EX", `0` -> "RDP": the names an admin finds in MS-RDPBCGR and in logs. */
export function rdpProtocolName(protocols: number): string {
  if (protocols === rdpProtocol.rdp) return "RDP";
  const parts = names.filter(([bit]) => (protocols & bit) !== 0).map(([, name]) => name);
  // `>>> 0`: bitwise results are signed 32-bit, and a set high bit would print as "-0x...".
  const unknown = (protocols & ~names.reduce((all, [bit]) => all | bit, 0)) >>> 0;
  if (unknown !== 0) parts.push(hex32(unknown));
  return parts.join("|");
}

/** A 32-bit protocol field as MS-RDPBCGR writes it: `0x80000010`, never negative. */
export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, "0")}`;
}

/** SSL, HYBRID and HYBRID_EX all start TLS on the same socket right after the confirm. */
export function startsTls(selectedProtocol: number): boolean {
  return (
    selectedProtocol === rdpProtocol.ssl ||
    selectedProtocol === rdpProtocol.hybrid ||
    selectedProtocol === rdpProtocol.hybridEx
  );
}

/** The selections a client that asked for RDP, SSL, HYBRID or HYBRID_EX can continue with. */
export function isKnownSelection(selectedProtocol: number): boolean {
  return selectedProtocol === rdpProtocol.rdp || startsTls(selectedProtocol);
}
