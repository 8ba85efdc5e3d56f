/** NegotiateFlags of MS-NLMP 2.2.2.5 that the identity probe sends or reads. */
export const ntlmFlags = {
  unicode: 0x00000001,
  oem: 0x00000002,
  requestTarget: 0x00000004,
  sign: 0x00000010,
  seal: 0x00000020,
  ntlm: 0x00000200,
  alwaysSign: 0x00008000,
  extendedSessionSecurity: 0x00080000,
  targetInfo: 0x00800000,
  version: 0x02000000,
  key128: 0x20000000,
  keyExchange: 0x40000000,
  key56: 0x80000000,
} as const;

/** Every NTLM message starts with this (MS-NLMP 2.2.1). */
export const ntlmSignature = Buffer.from("NTLMSSP\0", "latin1");
