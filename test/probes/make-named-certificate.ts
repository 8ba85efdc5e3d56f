import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

export interface NamedCertificateOptions {
  commonName: string;
  /** How the CN is encoded: UTF8String (what current tools write) or BMPString (UTF-16BE, older CAs). */
  encoding: "utf8" | "bmp";
  /** SAN DNS names, written as given (IA5String); none makes a CN-only certificate. */
  dnsNames?: readonly string[];
}

let key: forge.pki.rsa.PrivateKey | undefined;

/**
 * A self-signed certificate made at test time whose CN carries any Unicode text. make-certificate.ts writes
 * PrintableString names, which cannot hold "ü" or "日本"; this one sets the ASN.1 string type the way
 * Windows and OpenSSL do for such names.
 */
export function makeNamedCertificate(options: NamedCertificateOptions): Buffer {
  key ??= forge.pki.privateKeyFromPem(
    generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs1", format: "pem" })
      .toString(),
  );
  const cert = forge.pki.createCertificate();
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date("2030-01-01T00:00:00Z");
  cert.validity.notAfter = new Date("2031-01-01T00:00:00Z");
  // forge encodes a UTF8String value itself; a BMPString value is taken as the bytes to write.
  const name = [
    options.encoding === "utf8"
      ? { shortName: "CN", value: options.commonName, valueTagClass: stringType(forge.asn1.Type.UTF8) }
      : {
          shortName: "CN",
          value: utf16be(options.commonName),
          valueTagClass: stringType(forge.asn1.Type.BMPSTRING),
        },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  const dnsNames = options.dnsNames ?? [];
  if (dnsNames.length > 0)
    cert.setExtensions([{ name: "subjectAltName", altNames: dnsNames.map((value) => ({ type: 2, value })) }]);
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.sign(key, forge.md.sha256.create());
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
}

/** @types/node-forge types `valueTagClass` as a tag class; forge reads it as the ASN.1 string type. */
function stringType(type: forge.asn1.Type): forge.asn1.Class {
  return type as unknown as forge.asn1.Class;
}

function utf16be(text: string): string {
  return Buffer.from(text, "utf16le").swap16().toString("binary");
}
