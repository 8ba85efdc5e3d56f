import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateCertificates,
  type LabCertificates,
  labCertificateNames,
} from "../support/lab/generate-certificates.js";

let dir: string;
let certificates: LabCertificates;

async function load(name: keyof LabCertificates): Promise<X509Certificate> {
  return new X509Certificate(await readFile(certificates[name].certPath));
}

async function signatureAlgorithm(name: keyof LabCertificates): Promise<string> {
  const { stdout } = await execa("openssl", ["x509", "-noout", "-text", "-in", certificates[name].certPath]);
  return /Signature Algorithm: (\S+)/.exec(stdout)?.[1] ?? "";
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rdpfix-certs-test-"));
  certificates = await generateCertificates(dir, labCertificateNames);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("generateCertificates", () => {
  it("GIVEN valid THEN CN and SANs name the lab host, localhost and 127.0.0.1, valid now", async () => {
    const cert = await load("valid");
    expect(cert.subject).toBe("CN=rdp-lab.local");
    expect(cert.subjectAltName).toBe("DNS:rdp-lab.local, DNS:localhost, IP Address:127.0.0.1");
    expect(new Date(cert.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now());
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(await signatureAlgorithm("valid")).toBe("sha256WithRSAEncryption");
  });

  it("GIVEN expired THEN valid exactly 2020-01-01 to 2021-01-01 with the lab SANs", async () => {
    const cert = await load("expired");
    expect(new Date(cert.validFrom).toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(new Date(cert.validTo).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(cert.subjectAltName).toContain("DNS:rdp-lab.local");
  });

  it("GIVEN notYetValid THEN valid only from 2035-01-01", async () => {
    const cert = await load("notYetValid");
    expect(new Date(cert.validFrom).toISOString()).toBe("2035-01-01T00:00:00.000Z");
    expect(new Date(cert.validTo).toISOString()).toBe("2036-01-01T00:00:00.000Z");
  });

  it("GIVEN wrongHost THEN names only some-other-host.example", async () => {
    const cert = await load("wrongHost");
    expect(cert.subject).toBe("CN=some-other-host.example");
    expect(cert.subjectAltName).toBe("DNS:some-other-host.example");
  });

  it("GIVEN sha1, rsa1024 and ec THEN each has exactly its weakness or key type", async () => {
    expect(await signatureAlgorithm("sha1")).toBe("sha1WithRSAEncryption");
    expect((await load("rsa1024")).publicKey.asymmetricKeyDetails?.modulusLength).toBe(1024);
    const ec = await load("ec");
    expect(ec.publicKey.asymmetricKeyType).toBe("ec");
    expect(ec.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(await signatureAlgorithm("ec")).toBe("ecdsa-with-SHA256");
  });

  it("GIVEN every certificate THEN its key file matches it", async () => {
    for (const name of labCertificateNames) {
      const { stdout: fromCert } = await execa("openssl", [
        "x509",
        "-noout",
        "-pubkey",
        "-in",
        certificates[name].certPath,
      ]);
      const { stdout: fromKey } = await execa("openssl", [
        "pkey",
        "-pubout",
        "-in",
        certificates[name].keyPath,
      ]);
      expect(fromKey, name).toBe(fromCert);
    }
  });
});
