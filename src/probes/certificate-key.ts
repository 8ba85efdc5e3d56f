import type { ReadCertificate } from "./read-certificate-der.js";

export interface CertificateKey {
  /** "rsa", "ec", "rsa-pss", "ed25519"... as node:crypto names them. */
  type: string;
  /** Modulus length for RSA, field size for EC; null when unknown. */
  bits: number | null;
  curve: string | null;
}

const curveBits: Readonly<Record<string, number>> = {
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  secp224r1: 224,
  prime192v1: 192,
};

export function certificateKey(read: ReadCertificate): CertificateKey {
  if (read.keyIsRsa) {
    const key = read.forgeCertificate.publicKey as { n?: { bitLength(): number } };
    return { type: "rsa", bits: key.n?.bitLength() ?? null, curve: null };
  }
  // node-forge cannot read non-RSA keys; node:crypto can.
  const key = read.x509.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const curve = details.namedCurve ?? null;
  const bits = details.modulusLength ?? (curve === null ? null : (curveBits[curve] ?? null));
  return { type: key.asymmetricKeyType ?? "unknown", bits, curve };
}

/** Below 2048 bits RSA is factorable with effort and refused by current Windows and OpenSSL defaults. */
export function isWeakKey(key: CertificateKey): boolean {
  const rsaLike = key.type === "rsa" || key.type === "rsa-pss" || key.type === "dsa";
  return rsaLike && key.bits !== null && key.bits < 2048;
}
