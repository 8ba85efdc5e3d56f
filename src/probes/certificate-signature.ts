import forge from "node-forge";

/** Signature OIDs node-forge has no names for. */
const extraNames: Readonly<Record<string, string>> = {
  "1.2.840.10045.4.1": "ecdsa-with-SHA1",
  "1.2.840.10045.4.3.2": "ecdsa-with-SHA256",
  "1.2.840.10045.4.3.3": "ecdsa-with-SHA384",
  "1.2.840.10045.4.3.4": "ecdsa-with-SHA512",
  "1.2.840.10040.4.3": "dsa-with-SHA1",
  "1.3.101.112": "Ed25519",
};

export function signatureAlgorithmName(oid: string): string {
  const known = (forge.pki.oids as Record<string, string | undefined>)[oid];
  return known ?? extraNames[oid] ?? oid;
}

/** SHA-1 and MD5 signatures are collision-prone; clients warn or refuse. */
export function isWeakSignature(name: string): boolean {
  return /sha1|md5|md2/i.test(name);
}
