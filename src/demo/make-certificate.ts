import { generateKeyPairSync, sign } from "node:crypto";
import forge from "node-forge";

export interface CertificateOptions {
  commonName?: string;
  /** SAN entries; an empty list makes a certificate without the extension (CN-only, like old tools made). */
  dnsNames?: readonly string[];
  ipAddresses?: readonly string[];
  notBefore?: Date;
  notAfter?: Date;
  /** "rsa" (default 2048 bits) or "ec" (P-256, signed with ECDSA). */
  keyType?: "rsa" | "ec";
  rsaBits?: number;
  signature?: "sha256" | "sha1";
  /** The issuer's common name; without it the certificate is self-signed. */
  issuerCommonName?: string;
}

export interface TestCertificate {
  keyPem: string;
  certPem: string;
  certDer: Buffer;
}

const day = 86_400_000;
const rsaKeys = new Map<number, forge.pki.rsa.PrivateKey>();

/**
 * A certificate made at test time. forge's pure-JS RSA keygen is slow, so node:crypto makes the keys and they
 * are cached per size for the test file; forge writes the certificate.
 */
export function makeCertificate(options: CertificateOptions = {}): TestCertificate {
  const commonName = options.commonName ?? "rdp-lab.local";
  const cert = forge.pki.createCertificate();
  cert.serialNumber = `01${Math.floor(Math.random() * 0xffffff).toString(16)}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - day);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * day);
  cert.setSubject([{ shortName: "CN", value: commonName }]);
  cert.setIssuer([{ shortName: "CN", value: options.issuerCommonName ?? commonName }]);
  const altNames = [
    ...(options.dnsNames ?? [commonName]).map((value) => ({ type: 2, value })),
    ...(options.ipAddresses ?? []).map((ip) => ({ type: 7, ip })),
  ];
  if (altNames.length > 0) cert.setExtensions([{ name: "subjectAltName", altNames }]);

  const rsaKey = rsaPrivateKey(options.rsaBits ?? 2048);
  cert.publicKey = forge.pki.setRsaPublicKey(rsaKey.n, rsaKey.e);
  const digest = options.signature === "sha1" ? forge.md.sha1.create() : forge.md.sha256.create();
  cert.sign(rsaKey, digest);
  if (options.keyType === "ec") return withEcKey(cert);
  const certPem = forge.pki.certificateToPem(cert);
  return {
    keyPem: forge.pki.privateKeyToPem(rsaKey),
    certPem,
    certDer: derOf(forge.pki.certificateToAsn1(cert)),
  };
}

function rsaPrivateKey(bits: number): forge.pki.rsa.PrivateKey {
  const cached = rsaKeys.get(bits);
  if (cached !== undefined) return cached;
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: bits,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  rsaKeys.set(bits, key);
  return key;
}

/**
 * forge can neither hold nor sign with an EC key, so the certificate is assembled by hand: forge's (RSA-signed)
 * TBS with the EC public key and the ECDSA algorithm swapped in, signed ECDSA-SHA256 by node:crypto.
 */
function withEcKey(cert: forge.pki.Certificate): TestCertificate {
  const asn1 = forge.asn1;
  const ec = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const spkiDer = ec.publicKey.export({ type: "spki", format: "der" });
  const ecdsaSha256 = () =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OID,
        false,
        asn1.oidToDer("1.2.840.10045.4.3.2").getBytes(),
      ),
    ]);
  // Missing from @types/node-forge, present in node-forge.
  const pki = forge.pki as typeof forge.pki & {
    getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1;
  };
  const tbs = pki.getTBSCertificate(cert);
  const fields = tbs.value as forge.asn1.Asn1[];
  // TBSCertificate: [0] version, serial, signature algorithm, issuer, validity, subject, subjectPublicKeyInfo, ...
  fields[2] = ecdsaSha256();
  fields[6] = asn1.fromDer(spkiDer.toString("binary"));
  const tbsDer = derOf(tbs);
  const signature = sign("sha256", tbsDer, ec.privateKey);
  const certificate = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    tbs,
    ecdsaSha256(),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString("binary")}`),
  ]);
  const certDer = derOf(certificate);
  const certPem = `-----BEGIN CERTIFICATE-----\n${certDer.toString("base64").replace(/.{64}/g, "$&\n")}\n-----END CERTIFICATE-----\n`;
  return { keyPem: ec.privateKey.export({ type: "pkcs8", format: "pem" }).toString(), certPem, certDer };
}

function derOf(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), "binary");
}
