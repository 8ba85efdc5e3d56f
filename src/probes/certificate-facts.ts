import { createHash } from "node:crypto";
import type forge from "node-forge";
import { type CertificateKey, certificateKey, isWeakKey } from "./certificate-key.js";
import { isWeakSignature, signatureAlgorithmName } from "./certificate-signature.js";
import { matchCertificateName, type NameMatch } from "./match-certificate-name.js";
import { readCertificateDer } from "./read-certificate-der.js";

export interface CertificateFacts {
  subject: string;
  commonName: string | null;
  dnsNames: string[];
  ipAddresses: string[];
  issuer: string;
  selfSigned: boolean;
  notBefore: string;
  notAfter: string;
  /** Whole days until notAfter; negative once expired. */
  daysLeft: number;
  expired: boolean;
  notYetValid: boolean;
  expiringSoon: boolean;
  host: string;
  nameMatch: NameMatch;
  key: CertificateKey;
  weakKey: boolean;
  signatureAlgorithm: string;
  weakSignature: boolean;
  /** What `Get-ChildItem Cert:\LocalMachine\"Remote Desktop"` shows as Thumbprint. */
  thumbprintSha1: string;
}

export type CertificateReading =
  | { kind: "parsed"; facts: CertificateFacts }
  | { kind: "unreadable"; message: string };

export const expiringSoonDays = 30;
const dayMs = 86_400_000;

/** Everything a diagnosis needs from the server certificate, judged at `now` for `host`. Never throws. */
export function certificateFacts(der: Uint8Array, host: string, now: Date): CertificateReading {
  let read: ReturnType<typeof readCertificateDer>;
  try {
    read = readCertificateDer(der);
  } catch (error) {
    return { kind: "unreadable", message: error instanceof Error ? error.message : String(error) };
  }
  const cert = read.forgeCertificate;
  const names = subjectAltNames(cert);
  const commonName = attribute(cert.subject, "CN");
  const notBefore = cert.validity.notBefore;
  const notAfter = cert.validity.notAfter;
  const expired = now.getTime() > notAfter.getTime();
  const notYetValid = now.getTime() < notBefore.getTime();
  const key = certificateKey(read);
  const signatureAlgorithm = signatureAlgorithmName(cert.signatureOid ?? "");
  return {
    kind: "parsed",
    facts: {
      subject: distinguishedName(cert.subject),
      commonName,
      dnsNames: names.dnsNames,
      ipAddresses: names.ipAddresses,
      issuer: distinguishedName(cert.issuer),
      selfSigned: isSelfSigned(read),
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
      daysLeft: Math.floor((notAfter.getTime() - now.getTime()) / dayMs),
      expired,
      notYetValid,
      expiringSoon: !expired && notAfter.getTime() - now.getTime() <= expiringSoonDays * dayMs,
      host,
      nameMatch: matchCertificateName(host, { commonName, ...names }),
      key,
      weakKey: isWeakKey(key),
      signatureAlgorithm,
      weakSignature: isWeakSignature(signatureAlgorithm),
      thumbprintSha1: createHash("sha1").update(der).digest("hex").toUpperCase(),
    },
  };
}

/** Issued by itself and signed by its own key; node:crypto checks the signature for every key type. */
function isSelfSigned(read: ReturnType<typeof readCertificateDer>): boolean {
  try {
    return read.forgeCertificate.isIssuer(read.forgeCertificate) && read.x509.verify(read.x509.publicKey);
  } catch {
    return false;
  }
}

function subjectAltNames(cert: forge.pki.Certificate): { dnsNames: string[]; ipAddresses: string[] } {
  const extension = cert.getExtension("subjectAltName") as
    | { altNames?: Array<{ type: number; value?: string; ip?: string }> }
    | undefined;
  const altNames = extension?.altNames ?? [];
  return {
    dnsNames: altNames.flatMap((name) => (name.type === 2 && name.value !== undefined ? [name.value] : [])),
    ipAddresses: altNames.flatMap((name) => (name.type === 7 && name.ip !== undefined ? [name.ip] : [])),
  };
}

function attribute(name: forge.pki.Certificate["subject"], shortName: string): string | null {
  const field = name.getField(shortName) as { value?: unknown; valueTagClass?: unknown } | null;
  return field === null ? null : attributeText(field);
}

function distinguishedName(name: forge.pki.Certificate["subject"]): string {
  return name.attributes
    .map((attr) => `${attr.shortName ?? attr.name ?? attr.type}=${attributeText(attr) ?? ""}`)
    .join(", ");
}

const utf8String = 12;
const universalString = 28;
const bmpString = 30;

/**
 * forge hands every attribute value over as a binary string (one char per byte), whatever its ASN.1 type, so
 * a UTF8String CN "srv-ü" would read as "srv-Ã¼". Decoded here by type; the other string types (Printable,
 * IA5, Teletex) are single bytes and read as Latin-1, as OpenSSL shows them.
 */
function attributeText(attr: { value?: unknown; valueTagClass?: unknown }): string | null {
  if (typeof attr.value !== "string") return null;
  const bytes = Buffer.from(attr.value, "binary");
  switch (attr.valueTagClass) {
    case utf8String:
      return bytes.toString("utf8");
    case bmpString:
      return new TextDecoder("utf-16be").decode(bytes);
    case universalString:
      return utf32be(bytes);
    default:
      return attr.value;
  }
}

function utf32be(bytes: Buffer): string {
  const chars: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const codePoint = bytes.readUInt32BE(i);
    chars.push(codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd");
  }
  return chars.join("");
}
