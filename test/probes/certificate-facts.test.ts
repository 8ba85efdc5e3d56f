import { describe, expect, it } from "vitest";
import { type CertificateOptions, makeCertificate } from "../../src/demo/make-certificate.js";
import { type CertificateFacts, certificateFacts } from "../../src/probes/certificate-facts.js";
import { makeNamedCertificate } from "./make-named-certificate.js";

const now = new Date("2030-06-01T12:00:00Z");
const day = 86_400_000;
const current = {
  notBefore: new Date(now.getTime() - 30 * day),
  notAfter: new Date(now.getTime() + 335 * day),
};

function factsOf(options: CertificateOptions, host = "rdp-lab.local"): CertificateFacts {
  const reading = certificateFacts(makeCertificate({ ...current, ...options }).certDer, host, now);
  if (reading.kind !== "parsed") throw new Error(reading.message);
  return reading.facts;
}

describe("certificateFacts", () => {
  it("GIVEN a current self-signed RSA-2048 SHA-256 certificate for the host THEN nothing is wrong but self-signed", () => {
    const facts = factsOf({ commonName: "rdp-lab.local", ipAddresses: ["127.0.0.1"] });
    expect(facts).toMatchObject({
      commonName: "rdp-lab.local",
      dnsNames: ["rdp-lab.local"],
      ipAddresses: ["127.0.0.1"],
      issuer: "CN=rdp-lab.local",
      selfSigned: true,
      daysLeft: 335,
      expired: false,
      notYetValid: false,
      expiringSoon: false,
      nameMatch: { kind: "match", by: "dns-san" },
      key: { type: "rsa", bits: 2048 },
      weakKey: false,
      signatureAlgorithm: "sha256WithRSAEncryption",
      weakSignature: false,
    });
    expect(facts.thumbprintSha1).toMatch(/^[0-9A-F]{40}$/);
  });

  it("GIVEN a certificate valid 2020 to 2021 THEN it is expired with negative days left", () => {
    const facts = factsOf({
      notBefore: new Date("2020-01-01T00:00:00Z"),
      notAfter: new Date("2021-01-01T00:00:00Z"),
    });
    expect(facts).toMatchObject({
      expired: true,
      notYetValid: false,
      expiringSoon: false,
      notAfter: "2021-01-01T00:00:00.000Z",
    });
    expect(facts.daysLeft).toBeLessThan(-3000);
  });

  it("GIVEN a certificate valid from 2035 THEN it is not yet valid", () => {
    const facts = factsOf({
      notBefore: new Date("2035-01-01T00:00:00Z"),
      notAfter: new Date("2036-01-01T00:00:00Z"),
    });
    expect(facts).toMatchObject({ expired: false, notYetValid: true });
  });

  it("GIVEN a certificate ending in 10 days THEN it is expiring soon, and at 31 days it is not", () => {
    expect(factsOf({ notAfter: new Date(now.getTime() + 10 * day) })).toMatchObject({
      expiringSoon: true,
      daysLeft: 10,
    });
    expect(factsOf({ notAfter: new Date(now.getTime() + 31 * day) }).expiringSoon).toBe(false);
  });

  it("GIVEN a certificate for another host THEN the name does not match", () => {
    const facts = factsOf({ commonName: "some-other-host.example" });
    expect(facts.nameMatch).toEqual({ kind: "mismatch", checked: "dns-san" });
  });

  it("GIVEN the host as an IP literal THEN only an IP SAN matches it", () => {
    expect(factsOf({ ipAddresses: ["127.0.0.1"] }, "127.0.0.1").nameMatch.kind).toBe("match");
    expect(factsOf({}, "127.0.0.1").nameMatch.kind).toBe("mismatch");
  });

  it("GIVEN a SHA-1 signature THEN the signature is weak", () => {
    expect(factsOf({ signature: "sha1" })).toMatchObject({
      signatureAlgorithm: "sha1WithRSAEncryption",
      weakSignature: true,
    });
  });

  it("GIVEN an RSA-1024 key THEN the key is weak", () => {
    expect(factsOf({ rsaBits: 1024 })).toMatchObject({ key: { type: "rsa", bits: 1024 }, weakKey: true });
  });

  it("GIVEN an EC P-256 key, which node-forge cannot read THEN node:crypto supplies the key facts", () => {
    expect(factsOf({ keyType: "ec" })).toMatchObject({
      key: { type: "ec", bits: 256, curve: "prime256v1" },
      weakKey: false,
      signatureAlgorithm: "ecdsa-with-SHA256",
      selfSigned: true,
      nameMatch: { kind: "match" },
    });
  });

  it("GIVEN a certificate issued by a CA THEN it is not self-signed", () => {
    expect(factsOf({ issuerCommonName: "Corp Issuing CA" })).toMatchObject({
      selfSigned: false,
      issuer: "CN=Corp Issuing CA",
    });
  });

  it("GIVEN bytes that are not a certificate THEN it says so instead of throwing", () => {
    expect(certificateFacts(Buffer.from("not a certificate"), "host", now).kind).toBe("unreadable");
  });
});

describe("certificateFacts: names in UTF8String and BMPString", () => {
  const host = "rdp-lab.local";
  const read = (der: Buffer) => {
    const reading = certificateFacts(der, host, now);
    if (reading.kind !== "parsed") throw new Error(reading.message);
    return reading.facts;
  };

  it("GIVEN a CN 'srv-ü-日本' as UTF8String THEN the CN, subject and issuer read as written, not as mojibake", () => {
    const facts = read(makeNamedCertificate({ commonName: "srv-ü-日本", encoding: "utf8" }));
    expect(facts).toMatchObject({
      commonName: "srv-ü-日本",
      subject: "CN=srv-ü-日本",
      issuer: "CN=srv-ü-日本",
      nameMatch: { kind: "mismatch", checked: "common-name" },
    });
  });

  it("GIVEN the same CN as BMPString (UTF-16BE) THEN it reads the same", () => {
    const facts = read(makeNamedCertificate({ commonName: "srv-ü-日本", encoding: "bmp" }));
    expect(facts).toMatchObject({ commonName: "srv-ü-日本", subject: "CN=srv-ü-日本" });
  });

  it("GIVEN a UTF8String CN equal to the host THEN the CN-only certificate matches by common name", () => {
    const facts = read(makeNamedCertificate({ commonName: host, encoding: "utf8" }));
    expect(facts.nameMatch).toEqual({ kind: "match", by: "common-name", name: host });
  });

  it("GIVEN a CN with ESC, CR, LF and U+202E THEN the facts keep it as it was sent (renderers make it harmless)", () => {
    const hostile = "srv\u001b[2J\r\nFAKE\u202eevil";
    expect(read(makeNamedCertificate({ commonName: hostile, encoding: "utf8" })).commonName).toBe(hostile);
  });
});
