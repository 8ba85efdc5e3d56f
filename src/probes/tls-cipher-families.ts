export interface TlsCipherFamily {
  family: string;
  /** OpenSSL names of the TLS 1.2 suites in the family. */
  ciphers: readonly string[];
  /** Whether current Windows clients (mstsc, Windows App) offer suites of this family by default. */
  offeredByWindows: boolean;
}

/**
 * Cipher families a TLS 1.2 RDP server may accept. Windows clients offer ECDHE (ECDSA and RSA) and plain RSA
 * key exchange with AES-GCM and AES-CBC; DHE is listed to explain a server that speaks only DHE.
 */
export const tlsCipherFamilies: readonly TlsCipherFamily[] = [
  {
    family: "ecdhe-ecdsa-gcm",
    ciphers: ["ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384"],
    offeredByWindows: true,
  },
  {
    family: "ecdhe-ecdsa-cbc",
    ciphers: [
      "ECDHE-ECDSA-AES128-SHA256",
      "ECDHE-ECDSA-AES256-SHA384",
      "ECDHE-ECDSA-AES128-SHA",
      "ECDHE-ECDSA-AES256-SHA",
    ],
    offeredByWindows: true,
  },
  {
    family: "ecdhe-rsa-gcm",
    ciphers: ["ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384"],
    offeredByWindows: true,
  },
  {
    family: "ecdhe-rsa-cbc",
    ciphers: [
      "ECDHE-RSA-AES128-SHA256",
      "ECDHE-RSA-AES256-SHA384",
      "ECDHE-RSA-AES128-SHA",
      "ECDHE-RSA-AES256-SHA",
    ],
    offeredByWindows: true,
  },
  {
    family: "dhe-rsa-gcm",
    ciphers: ["DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384"],
    offeredByWindows: false,
  },
  { family: "rsa-gcm", ciphers: ["AES128-GCM-SHA256", "AES256-GCM-SHA384"], offeredByWindows: true },
  {
    family: "rsa-cbc",
    ciphers: ["AES128-SHA256", "AES256-SHA256", "AES128-SHA", "AES256-SHA"],
    offeredByWindows: true,
  },
];

/** The OpenSSL cipher string for one family, at security level 0 so a weak server key is still observed. */
export function cipherString(family: TlsCipherFamily): string {
  return `${family.ciphers.join(":")}:@SECLEVEL=0`;
}
