import { X509Certificate } from "node:crypto";
import forge from "node-forge";

export interface ReadCertificate {
  /** Names, dates, extensions and signature algorithm; for a non-RSA key, `publicKey` is a placeholder. */
  forgeCertificate: forge.pki.Certificate;
  /** node:crypto's view, for what forge cannot read: non-RSA keys and their signatures. */
  x509: X509Certificate;
  keyIsRsa: boolean;
}

const rsaEncryption = "1.2.840.113549.1.1.1";

/**
 * Parses a DER certificate with node-forge. Forge reads only RSA keys and throws on any other; for those we
 * swap in a placeholder RSA key before parsing so the rest of the certificate is still read by forge.
 * Throws on bytes that are not a certificate at all.
 */
export function readCertificateDer(der: Uint8Array): ReadCertificate {
  const x509 = new X509Certificate(der);
  const asn1 = forge.asn1.fromDer(Buffer.from(der).toString("binary"));
  const tbs = children(asn1)[0];
  const tbsFields = tbs === undefined ? [] : children(tbs);
  const hasVersion = tbsFields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC;
  const spkiIndex = (hasVersion ? 1 : 0) + 5;
  const spki = tbsFields[spkiIndex];
  const algorithmIdentifier = spki === undefined ? undefined : children(spki)[0];
  const oidNode = algorithmIdentifier === undefined ? undefined : children(algorithmIdentifier)[0];
  const keyOid = oidNode === undefined ? "" : forge.asn1.derToOid(String(oidNode.value));
  const keyIsRsa = keyOid === rsaEncryption;
  if (!keyIsRsa) tbsFields[spkiIndex] = placeholderRsaKey();
  return { forgeCertificate: forge.pki.certificateFromAsn1(asn1), x509, keyIsRsa };
}

function children(node: forge.asn1.Asn1): forge.asn1.Asn1[] {
  return Array.isArray(node.value) ? node.value : [];
}

function placeholderRsaKey(): forge.asn1.Asn1 {
  const BigInteger = forge.jsbn.BigInteger;
  return forge.pki.publicKeyToAsn1(
    forge.pki.setRsaPublicKey(new BigInteger("c3", 16), new BigInteger("3", 16)),
  );
}
