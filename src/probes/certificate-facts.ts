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
  const field = name.getField(shortName) as { value?: unknown } | null;
  return typeof field?.value === "string" ? field.value : null;
}

function distinguishedName(name: forge.pki.Certificate["subject"]): string {
  return name.attributes
    .map((attr) => `${attr.shortName ?? attr.name ?? attr.type}=${String(attr.value)}`)
    .join(", ");
}
