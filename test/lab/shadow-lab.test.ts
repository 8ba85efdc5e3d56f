import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ShadowLab, startShadowLab } from "../support/lab/start-shadow-lab.js";
import type { ShadowMode } from "../support/lab/start-shadow-server.js";
import { tlsOverSocket } from "../support/lab/tls-over-socket.js";
import { requestedProtocol } from "../support/lab/x224-bytes.js";
import { x224RoundTrip } from "../support/lab/x224-round-trip.js";

const sslHybridHybridEx = requestedProtocol.ssl | requestedProtocol.hybrid | requestedProtocol.hybridEx;

// FreeRDP 2.11 shadow server answers (knowledge/lab.md section 5); unlike xrdp it sends the failure codes
// Windows sends, including HYBRID_REQUIRED_BY_SERVER (5) and SSL_NOT_ALLOWED_BY_SERVER (2).
const matrix: readonly [ShadowMode, string, number, string][] = [
  ["nla", "SSL|HYBRID|HYBRID_EX", sslHybridHybridEx, "030000130ed000000000000203080002000000"],
  ["nla", "SSL", requestedProtocol.ssl, "030000130ed000000000000300080005000000"],
  ["nla", "RDP", requestedProtocol.rdp, "030000130ed000000000000300080005000000"],
  ["tls", "SSL|HYBRID|HYBRID_EX", sslHybridHybridEx, "030000130ed000000000000203080001000000"],
  ["tls", "RDP", requestedProtocol.rdp, "030000130ed000000000000300080001000000"],
  ["rdp", "SSL|HYBRID|HYBRID_EX", sslHybridHybridEx, "030000130ed000000000000300080002000000"],
  ["rdp", "RDP", requestedProtocol.rdp, "030000130ed000000000000203080000000000"],
];

let lab: ShadowLab;

beforeAll(async () => {
  lab = await startShadowLab();
});

afterAll(async () => {
  await lab?.stop();
});

describe("shadow lab: FreeRDP shadow servers on Xvfb", () => {
  it.each(matrix)(
    "GIVEN /sec:%s WHEN a client asks for %s THEN it answers %s",
    async (mode, _label, requested, hex) => {
      const trip = await x224RoundTrip({ ...lab.endpoint(mode), requestedProtocols: requested });
      if (trip.kind !== "answered") throw new Error(`no X.224 answer: ${JSON.stringify(trip)}`);
      trip.socket.destroy();
      expect(trip.bytes.toString("hex")).toBe(hex);
    },
  );

  it("GIVEN /sec:nla THEN it listens on port 3389 of its own 127.0.1.N address", () => {
    expect(lab.endpoint("nla")).toEqual({ host: expect.stringMatching(/^127\.0\.1\.\d+$/), port: 3389 });
  });

  it("GIVEN /sec:nla after selecting HYBRID THEN the TLS layer under CredSSP completes", async () => {
    const trip = await x224RoundTrip({ ...lab.endpoint("nla"), requestedProtocols: sslHybridHybridEx });
    if (trip.kind !== "answered") throw new Error(`no X.224 answer: ${JSON.stringify(trip)}`);
    const outcome = await tlsOverSocket(trip.socket, 3000);
    expect(outcome.kind === "established" ? outcome.protocol : outcome).toBe("TLSv1.3");
  });
});
