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
  const unknown = protocols & ~names.reduce((all, [bit]) => all | bit, 0);
  if (unknown !== 0) parts.push(`0x${unknown.toString(16)}`);
  return parts.join("|");
}

/** SSL, HYBRID and HYBRID_EX all start TLS on the same socket right after the confirm. */
export function startsTls(selectedProtocol: number): boolean {
  return (
    selectedProtocol === rdpProtocol.ssl ||
    selectedProtocol === rdpProtocol.hybrid ||
    selectedProtocol === rdpProtocol.hybridEx
  );
}
