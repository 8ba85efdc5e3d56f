/** The TSRequest version we announce: 6 is what current Windows clients send (MS-CSSP 2.2.1). */
export const tsRequestVersion = 6;

/**
 * A CredSSP TSRequest carrying one SPNEGO/NTLM token (MS-CSSP 2.2.1):
 * SEQUENCE { [0] version INTEGER, [1] negoTokens SEQUENCE OF SEQUENCE { [0] negoToken OCTET STRING } }.
 */
export function buildTsRequest(negoToken: Buffer, version = tsRequestVersion): Buffer {
  const versionField = tlv(0xa0, tlv(0x02, Buffer.from([version])));
  const tokens = tlv(0xa1, tlv(0x30, tlv(0x30, tlv(0xa0, tlv(0x04, negoToken)))));
  return tlv(0x30, Buffer.concat([versionField, tokens]));
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
