import { afterEach, describe, expect, it } from "vitest";
import type { FakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { type CertificateOptions, makeCertificate } from "../../src/demo/make-certificate.js";
import { probeFakeRdpServer, tlsLayer } from "../support/probe-fake-rdp-server.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const now = new Date("2030-06-01T00:00:00Z");
const day = 86_400_000;
const current: CertificateOptions = {
  notBefore: new Date(now.getTime() - 30 * day),
  notAfter: new Date(now.getTime() + 300 * day),
};

async function certificateIds(options: CertificateOptions, host = "rdp-lab.local"): Promise<string[]> {
  const cert = makeCertificate({ ...current, ...options });
  // OpenSSL 3 refuses to serve a SHA-1 signed certificate above security level 0; Windows serves it.
  const ciphers = options.signature === "sha1" ? { ciphers: "DEFAULT:@SECLEVEL=0" } : {};
  const afterConfirm = { kind: "tls", keyPem: cert.keyPem, certPem: cert.certPem, ...ciphers } as const;
  const { ids } = await probeFakeRdpServer(
    servers,
    { confirm: tlsLayer, afterConfirm },
    { host, now: () => now },
  );
  return ids.filter((id) => id.startsWith("cert.") || id.startsWith("tls."));
}

describe("probeRdpEndpoint: certificate", () => {
  it("GIVEN a current certificate for the host issued by a CA THEN no certificate finding is reported", async () => {
    expect(await certificateIds({ issuerCommonName: "Corp Issuing CA" })).toEqual([]);
  });

  it("GIVEN a certificate that expired in 2021 THEN the probe reports cert.expired", async () => {
    const expired = {
      notBefore: new Date("2020-01-01T00:00:00Z"),
      notAfter: new Date("2021-01-01T00:00:00Z"),
    };
    expect(await certificateIds({ ...expired, issuerCommonName: "CA" })).toEqual(["cert.expired"]);
  });

  it("GIVEN a certificate valid from 2035 THEN the probe reports cert.not-yet-valid", async () => {
    const future = {
      notBefore: new Date("2035-01-01T00:00:00Z"),
      notAfter: new Date("2036-01-01T00:00:00Z"),
    };
    expect(await certificateIds({ ...future, issuerCommonName: "CA" })).toEqual(["cert.not-yet-valid"]);
  });

  it("GIVEN a certificate ending in 10 days THEN the probe reports cert.expiring-soon", async () => {
    const ending = { notAfter: new Date(now.getTime() + 10 * day), issuerCommonName: "CA" };
    expect(await certificateIds(ending)).toEqual(["cert.expiring-soon"]);
  });

  it("GIVEN a certificate for another host THEN the probe reports cert.name-mismatch", async () => {
    expect(await certificateIds({ commonName: "some-other-host.example", issuerCommonName: "CA" })).toEqual([
      "cert.name-mismatch",
    ]);
  });

  it("GIVEN the host typed as an IP THEN an IP SAN satisfies it and a DNS-only certificate does not", async () => {
    expect(await certificateIds({ ipAddresses: ["127.0.0.1"], issuerCommonName: "CA" }, "127.0.0.1")).toEqual(
      [],
    );
    expect(await certificateIds({ issuerCommonName: "CA" }, "127.0.0.1")).toEqual(["cert.name-mismatch"]);
  });

  it("GIVEN a self-signed certificate THEN the probe reports cert.self-signed", async () => {
    expect(await certificateIds({})).toEqual(["cert.self-signed"]);
  });

  it("GIVEN a SHA-1 signed certificate THEN the probe reports cert.weak-signature", async () => {
    expect(await certificateIds({ signature: "sha1", issuerCommonName: "CA" })).toEqual([
      "cert.weak-signature",
    ]);
  });

  it("GIVEN an RSA-1024 certificate THEN the probe reports cert.weak-key", async () => {
    expect(await certificateIds({ rsaBits: 1024, issuerCommonName: "CA" })).toEqual(["cert.weak-key"]);
  });
});
