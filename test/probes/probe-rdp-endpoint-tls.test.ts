import { afterEach, describe, expect, it } from "vitest";
import type { AfterConfirm, FakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { confirmBytes, mcsDisconnectUltimatum } from "../../src/demo/fake-x224-bytes.js";
import { makeCertificate } from "../../src/demo/make-certificate.js";
import { acceptedTlsVersions } from "../../src/probes/tls-version-sweep.js";
import { probeFakeRdpServer, tlsLayer } from "../support/probe-fake-rdp-server.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const cert = makeCertificate();
const tlsWith = (
  settings: Omit<Extract<AfterConfirm, { kind: "tls" }>, "kind" | "keyPem" | "certPem"> = {},
): AfterConfirm => ({
  kind: "tls",
  keyPem: cert.keyPem,
  certPem: cert.certPem,
  ...settings,
});
const tlsIds = (ids: string[]) => ids.filter((id) => id.startsWith("tls."));
const acceptedFamilies = (probe: Awaited<ReturnType<typeof probeFakeRdpServer>>) =>
  (probe.result.observation.cipherSweep ?? [])
    .filter((p) => p.outcome.kind === "established")
    .map((p) => p.family);

describe("probeRdpEndpoint: TLS", () => {
  it("GIVEN a server with Node's default TLS settings THEN TLS 1.2 and 1.3 are accepted and no TLS finding is reported", async () => {
    const probe = await probeFakeRdpServer(servers, { confirm: tlsLayer, afterConfirm: tlsWith() });
    expect(tlsIds(probe.ids)).toEqual([]);
    expect(acceptedTlsVersions(probe.result.observation.versionSweep ?? [])).toEqual(["TLSv1.2", "TLSv1.3"]);
    expect(acceptedFamilies(probe)).toEqual(["ecdhe-rsa-gcm", "ecdhe-rsa-cbc", "rsa-gcm", "rsa-cbc"]);
  });

  it("GIVEN a server that resets after the confirm THEN the probe reports tls.handshake-failed", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: { kind: "reset" },
    });
    expect(tlsIds(ids)).toEqual(["tls.handshake-failed"]);
    expect(result.observation.tls?.outcome).toMatchObject({ kind: "failed", reason: "reset" });
  });

  it("GIVEN a server that closes after the confirm THEN the probe reports tls.handshake-failed", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: { kind: "close" },
    });
    expect(tlsIds(ids)).toEqual(["tls.handshake-failed"]);
    expect(result.observation.tls?.outcome).toMatchObject({ kind: "failed", reason: "closed" });
  });

  it("GIVEN a server that answers the ClientHello with a plaintext MCS disconnect (xrdp with an unusable key) THEN the probe reports tls.server-credential-failure and tls.handshake-failed", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: { kind: "plaintext-disconnect" },
    });
    expect(tlsIds(ids)).toEqual(["tls.server-credential-failure", "tls.handshake-failed"]);
    expect(result.observation.tls?.outcome).toMatchObject({
      kind: "failed",
      reason: "server-plaintext",
      firstBytes: "03 00 00 09 02 f0 80 21 80",
    });
  });

  it("GIVEN a server that sends its plaintext disconnect in the same packet as the confirm THEN the probe still reports tls.server-credential-failure", async () => {
    const bytes = Buffer.concat([confirmBytes(0x02, 0, 0x01), mcsDisconnectUltimatum]);
    const { ids } = await probeFakeRdpServer(servers, { confirm: () => ({ kind: "bytes", bytes }) });
    expect(tlsIds(ids)).toEqual(["tls.server-credential-failure", "tls.handshake-failed"]);
  });

  it("GIVEN a server that swallows the ClientHello THEN the probe reports tls.stalled, skips the sweeps and ends in bounded time", async () => {
    const { ids, result, server, elapsedMs } = await probeFakeRdpServer(
      servers,
      { confirm: tlsLayer, afterConfirm: { kind: "silence" } },
      { timeoutMs: 1000 },
    );
    expect(tlsIds(ids)).toEqual(["tls.stalled"]);
    expect(result.observation.versionSweep).toBeNull();
    expect(server.requests).toHaveLength(3);
    expect(elapsedMs).toBeLessThan(5000);
  });

  it("GIVEN a TLS 1.0-only server THEN the probe still reads it and reports tls.legacy-only", async () => {
    const afterConfirm = tlsWith({
      minVersion: "TLSv1",
      maxVersion: "TLSv1",
      ciphers: "DEFAULT:@SECLEVEL=0",
    });
    const { ids, result } = await probeFakeRdpServer(servers, { confirm: tlsLayer, afterConfirm });
    expect(tlsIds(ids)).toEqual(["tls.legacy-only"]);
    expect(acceptedTlsVersions(result.observation.versionSweep ?? [])).toEqual(["TLSv1"]);
    expect(result.observation.tls?.outcome).toMatchObject({ kind: "established", version: "TLSv1" });
    expect(result.observation.certificate?.kind).toBe("parsed");
  });

  it("GIVEN a TLS 1.2-only server THEN only TLS 1.2 is accepted and nothing is reported", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: tlsWith({ minVersion: "TLSv1.2", maxVersion: "TLSv1.2" }),
    });
    expect(tlsIds(ids)).toEqual([]);
    expect(acceptedTlsVersions(result.observation.versionSweep ?? [])).toEqual(["TLSv1.2"]);
  });

  it("GIVEN a TLS 1.3-only server THEN only TLS 1.3 is accepted and tls.only-1.3 is reported", async () => {
    const { ids, result } = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: tlsWith({ minVersion: "TLSv1.3", maxVersion: "TLSv1.3" }),
    });
    expect(tlsIds(ids)).toEqual(["tls.only-1.3"]);
    expect(acceptedTlsVersions(result.observation.versionSweep ?? [])).toEqual(["TLSv1.3"]);
  });

  it("GIVEN a TLS 1.2 server offering only AES256-SHA THEN the RSA-CBC family Windows offers is accepted and no cipher finding is reported", async () => {
    const probe = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: tlsWith({ minVersion: "TLSv1.2", maxVersion: "TLSv1.2", ciphers: "AES256-SHA" }),
    });
    expect(tlsIds(probe.ids)).toEqual([]);
    expect(acceptedFamilies(probe)).toEqual(["rsa-cbc"]);
  });

  it("GIVEN a TLS 1.2 server offering only CAMELLIA256-SHA THEN the probe reports tls.no-modern-cipher, not a failed handshake", async () => {
    const probe = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: tlsWith({ minVersion: "TLSv1.2", maxVersion: "TLSv1.2", ciphers: "CAMELLIA256-SHA" }),
    });
    expect(tlsIds(probe.ids)).toEqual(["tls.no-modern-cipher"]);
    expect(acceptedFamilies(probe)).toEqual([]);
    expect(probe.result.observation.tls?.outcome).toMatchObject({
      kind: "established",
      cipher: "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA",
    });
  });

  it("GIVEN a CAMELLIA-only TLS 1.2 server that also speaks TLS 1.3 THEN no cipher finding, because current clients use TLS 1.3", async () => {
    const probe = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: tlsWith({ minVersion: "TLSv1.2", maxVersion: "TLSv1.3", ciphers: "CAMELLIA256-SHA" }),
    });
    expect(tlsIds(probe.ids)).toEqual([]);
  });

  it("GIVEN a server with an EC certificate THEN the ECDHE-ECDSA families are accepted", async () => {
    const ec = makeCertificate({ keyType: "ec" });
    const probe = await probeFakeRdpServer(servers, {
      confirm: tlsLayer,
      afterConfirm: { kind: "tls", keyPem: ec.keyPem, certPem: ec.certPem },
    });
    expect(tlsIds(probe.ids)).toEqual([]);
    expect(acceptedFamilies(probe)).toEqual(["ecdhe-ecdsa-gcm", "ecdhe-ecdsa-cbc"]);
    expect(probe.result.observation.certificate).toMatchObject({
      kind: "parsed",
      facts: { key: { type: "ec" } },
    });
  });
});
