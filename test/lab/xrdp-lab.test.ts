import { X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import type tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startXrdpLab, type XrdpLab } from "../support/lab/start-xrdp-lab.js";
import { tlsOverSocket } from "../support/lab/tls-over-socket.js";
import { requestedProtocol } from "../support/lab/x224-bytes.js";
import { x224RoundTrip } from "../support/lab/x224-round-trip.js";
import { type XrdpVariantName, xrdpVariantNames, xrdpVariants } from "../support/lab/xrdp-variants.js";

// The exact Connection Confirms xrdp 0.9.21 sends (knowledge/lab.md 2.4): RDP_NEG_RSP or RDP_NEG_FAILURE.
const selectedSsl = "030000130ed000001234000201080001000000";
const selectedRdp = "030000130ed000001234000201080000000000";
const sslCertNotOnServer = "030000130ed000001234000300080003000000";
const sslRequiredByServer = "030000130ed000001234000300080001000000";

const sslHybridHybridEx = requestedProtocol.ssl | requestedProtocol.hybrid | requestedProtocol.hybridEx;

const answerToSslHybrid: Record<XrdpVariantName, string> = {
  tls_valid: selectedSsl,
  tls_expired: selectedSsl,
  tls_wronghost: selectedSsl,
  tls_sha1: selectedSsl,
  tls_rsa1024: selectedSsl,
  tls_rsa1024_sl0: selectedSsl,
  rdp_only: selectedRdp,
  negotiate: selectedSsl,
  tls10_only: selectedSsl,
  tls11_only: selectedSsl,
  tls12_only: selectedSsl,
  tls13_only: selectedSsl,
  tls12_cbc_only: selectedSsl,
  tls12_camellia: selectedSsl,
  tls_future: selectedSsl,
  tls_ec: selectedSsl,
  tls_nocert: sslCertNotOnServer,
  neg_expired: selectedSsl,
};

type TlsExpectation =
  | { outcome: "established"; protocol: string; client?: tls.ConnectionOptions }
  | { outcome: "failed"; codes: readonly string[] };

const legacyClient = { minVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" } as const;
// What makes each variant different shows up in the TLS handshake; this proves the right ini was loaded.
const tlsBehaviour: Partial<Record<XrdpVariantName, TlsExpectation>> = {
  tls_valid: { outcome: "established", protocol: "TLSv1.3" },
  tls_expired: { outcome: "established", protocol: "TLSv1.3" },
  tls_wronghost: { outcome: "established", protocol: "TLSv1.3" },
  tls_sha1: { outcome: "established", protocol: "TLSv1.3" },
  // xrdp refuses its own 1024-bit key and sends a plaintext MCS disconnect instead of a ServerHello.
  tls_rsa1024: { outcome: "failed", codes: ["ERR_SSL_WRONG_VERSION_NUMBER", "ECONNRESET"] },
  tls_rsa1024_sl0: { outcome: "established", protocol: "TLSv1.3" },
  negotiate: { outcome: "established", protocol: "TLSv1.3" },
  tls10_only: { outcome: "failed", codes: ["ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION"] },
  tls11_only: { outcome: "established", protocol: "TLSv1.1", client: legacyClient },
  tls12_only: { outcome: "established", protocol: "TLSv1.2" },
  tls13_only: { outcome: "established", protocol: "TLSv1.3" },
  tls12_cbc_only: { outcome: "established", protocol: "TLSv1.2" },
  tls12_camellia: { outcome: "failed", codes: ["ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE"] },
  tls_future: { outcome: "established", protocol: "TLSv1.3" },
  tls_ec: { outcome: "established", protocol: "TLSv1.3" },
  neg_expired: { outcome: "established", protocol: "TLSv1.3" },
};

let lab: XrdpLab;

beforeAll(async () => {
  lab = await startXrdpLab();
});

afterAll(async () => {
  await lab?.stop();
});

describe("xrdp lab: X.224 negotiation of every variant", () => {
  describe.each(xrdpVariantNames)("GIVEN xrdp variant %s", (variant) => {
    it.each(["endpoint", "endpoint3389"] as const)(
      "WHEN a client asks for SSL|HYBRID|HYBRID_EX on its %s THEN the 19-byte answer matches lab.md",
      async (which) => {
        const trip = await x224RoundTrip({ ...lab[which](variant), requestedProtocols: sslHybridHybridEx });
        if (trip.kind !== "answered") throw new Error(`no X.224 answer: ${JSON.stringify(trip)}`);
        trip.socket.destroy();
        expect(trip.bytes.toString("hex")).toBe(answerToSslHybrid[variant]);
      },
    );
  });

  it.each([
    ["tls_valid", sslRequiredByServer],
    ["negotiate", selectedRdp],
    ["rdp_only", selectedRdp],
  ] as const)(
    "GIVEN %s WHEN a client asks for plain RDP only THEN it answers %s",
    async (variant, expected) => {
      const trip = await x224RoundTrip({
        ...lab.endpoint(variant),
        requestedProtocols: requestedProtocol.rdp,
      });
      if (trip.kind !== "answered") throw new Error(`no X.224 answer: ${JSON.stringify(trip)}`);
      trip.socket.destroy();
      expect(trip.bytes.toString("hex")).toBe(expected);
    },
  );

  it("GIVEN the lab's closed endpoint THEN the connection is refused", async () => {
    const trip = await x224RoundTrip({ ...lab.closed, requestedProtocols: sslHybridHybridEx });
    expect(trip).toEqual({ kind: "connect-failed", code: "ECONNREFUSED" });
  });
});

describe("xrdp lab: TLS after the confirm shows each variant's configuration", () => {
  it.each(Object.entries(tlsBehaviour) as [XrdpVariantName, TlsExpectation][])(
    "GIVEN %s THEN the handshake behaves as configured",
    async (variant, expected) => {
      const trip = await x224RoundTrip({ ...lab.endpoint(variant), requestedProtocols: sslHybridHybridEx });
      if (trip.kind !== "answered") throw new Error(`no X.224 answer: ${JSON.stringify(trip)}`);
      const client = expected.outcome === "established" ? (expected.client ?? {}) : {};
      const outcome = await tlsOverSocket(trip.socket, 3000, client);
      if (expected.outcome === "failed") {
        expect(outcome.kind).toBe("failed");
        expect(expected.codes).toContain(outcome.kind === "failed" ? outcome.code : outcome.kind);
        return;
      }
      if (outcome.kind !== "established") throw new Error(`TLS did not complete: ${JSON.stringify(outcome)}`);
      expect(outcome.protocol).toBe(expected.protocol);
      const certificateName = xrdpVariants[variant].certificate;
      if (certificateName === "missing") throw new Error(`${variant} has no certificate`);
      const served = new X509Certificate(await readFile(lab.certificates[certificateName].certPath));
      expect(outcome.peerCertificate.fingerprint256).toBe(served.fingerprint256);
    },
  );

  it("GIVEN tls10_only WHEN the client allows TLS 1.0 at security level 0 THEN TLS 1.0 is negotiated", async () => {
    const trip = await x224RoundTrip({
      ...lab.endpoint("tls10_only"),
      requestedProtocols: sslHybridHybridEx,
    });
    if (trip.kind !== "answered") throw new Error(`no X.224 answer: ${JSON.stringify(trip)}`);
    const outcome = await tlsOverSocket(trip.socket, 3000, legacyClient);
    expect(outcome.kind === "established" ? outcome.protocol : outcome).toBe("TLSv1");
  });
});
