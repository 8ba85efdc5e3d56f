import { afterEach, describe, expect, it } from "vitest";
import { type FakeNtlmIdentity, fakeNtlmChallenge, writeField } from "../../src/demo/fake-ntlm-challenge.js";
import type { ConfirmBehaviour, FakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { makeCertificate } from "../../src/demo/make-certificate.js";
import { buildTsRequest } from "../../src/probes/build-ts-request.js";
import { parseTsRequest } from "../../src/probes/parse-ts-request.js";
import { probeFakeRdpServer } from "../support/probe-fake-rdp-server.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const cert = makeCertificate();
const now = new Date();
const host17: FakeNtlmIdentity = {
  netbiosComputerName: "HOST17",
  netbiosDomainName: "CORP",
  dnsComputerName: "host17.corp.example",
  dnsDomainName: "corp.example",
  time: now,
  version: { major: 10, minor: 0, build: 20348 },
};

/** Windows with NLA required: HYBRID for a client that offers it, HYBRID_REQUIRED_BY_SERVER otherwise. */
function nlaLayer(requested: number | null): ConfirmBehaviour {
  return requested !== null && (requested & 0x02) !== 0
    ? { kind: "select", protocol: 0x02 }
    : { kind: "fail", code: 5 };
}

function probeNla(answer: Buffer | "silence" | "close", host = "localhost", timeoutMs = 2000) {
  return probeFakeRdpServer(
    servers,
    {
      confirm: nlaLayer,
      afterConfirm: { kind: "credssp", keyPem: cert.keyPem, certPem: cert.certPem, answer },
    },
    { host, now: () => now, timeoutMs },
  );
}

const challengeFrom = (identity: FakeNtlmIdentity) => buildTsRequest(fakeNtlmChallenge(identity));
const ntlmIds = (ids: string[]) => ids.filter((id) => id.startsWith("ntlm."));
const detailOf = (probe: Awaited<ReturnType<typeof probeNla>>, id: string) =>
  probe.result.findings.find((f) => f.id === id)?.detail;

describe("probeRdpEndpoint: the server's NTLM identity over NLA", () => {
  it("GIVEN localhost reaches a server that calls itself HOST17 THEN ntlm.name-mismatch names both, after one NEGOTIATE and no authentication", async () => {
    const probe = await probeNla(challengeFrom(host17));
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.identity", "ntlm.name-mismatch"]);
    expect(detailOf(probe, "ntlm.name-mismatch")).toBe(
      "localhost was asked for, but the server calls itself HOST17 / host17.corp.example",
    );
    expect(detailOf(probe, "ntlm.identity")).toBe(
      "calls itself HOST17 (NetBIOS) / host17.corp.example (DNS), domain CORP (NetBIOS) / corp.example (DNS), Windows 10.0.20348, clock within 1 s of ours",
    );
    // What the server received inside TLS: exactly one TSRequest holding an NTLM NEGOTIATE (type 1).
    expect(probe.server.credssp).toHaveLength(1);
    const sent = parseTsRequest(probe.server.credssp[0] ?? Buffer.alloc(0));
    if (sent.kind !== "parsed") throw new Error(`we sent no TSRequest: ${JSON.stringify(sent)}`);
    expect(sent.request.negoToken?.readUInt32LE(8)).toBe(1);
    expect(probe.result.steps.find((s) => s.step === "ntlm")).toMatchObject({
      status: "ok",
      data: {
        netbiosComputerName: "HOST17",
        version: { major: 10, minor: 0, build: 20348 },
        clockOffsetMs: 0,
      },
    });
  });

  it("GIVEN the name the server calls itself THEN there is no mismatch", async () => {
    const probe = await probeNla(challengeFrom(host17), "Host17.corp.example");
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.identity"]);
  });

  it("GIVEN an IP address typed THEN names are not compared", async () => {
    const probe = await probeNla(challengeFrom(host17), "127.0.0.1");
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.identity"]);
  });

  it("GIVEN a server clock 2 hours ahead THEN ntlm.clock-skew gives the offset", async () => {
    const skewed = { ...host17, time: new Date(now.getTime() + 2 * 3_600_000 + 5_000) };
    const probe = await probeNla(challengeFrom(skewed), "host17");
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.identity", "ntlm.clock-skew"]);
    expect(detailOf(probe, "ntlm.clock-skew")).toBe(
      `the server's clock is 2 h 5 s ahead of ours (server time ${skewed.time.toISOString()})`,
    );
  });

  it("GIVEN a server reporting Windows 6.1.7601 THEN ntlm.legacy-os", async () => {
    const probe = await probeNla(
      challengeFrom({ ...host17, version: { major: 6, minor: 1, build: 7601 } }),
      "host17",
    );
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.identity", "ntlm.legacy-os"]);
  });

  it("GIVEN a truncated CHALLENGE THEN ntlm.unreadable says so", async () => {
    const probe = await probeNla(buildTsRequest(fakeNtlmChallenge(host17).subarray(0, 40)));
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.unreadable"]);
    expect(detailOf(probe, "ntlm.unreadable")).toMatch(/^CHALLENGE of 40 bytes, under 48 \(first bytes: 30 /);
  });

  it("GIVEN TargetInfo pointing past the end THEN ntlm.unreadable says so", async () => {
    const message = fakeNtlmChallenge(host17);
    writeField(message, 40, 200, 0x7fff_0000);
    const probe = await probeNla(buildTsRequest(message));
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.unreadable"]);
    expect(detailOf(probe, "ntlm.unreadable")).toMatch(/^TargetInfo points past the end \(offset 2147418112/);
  });

  it("GIVEN garbage instead of DER THEN ntlm.unreadable, at once", async () => {
    const probe = await probeNla(Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n"));
    expect(ntlmIds(probe.ids)).toEqual(["ntlm.unreadable"]);
    expect(detailOf(probe, "ntlm.unreadable")).toBe(
      "the answer is not a DER SEQUENCE (first bytes: 48 54 54 50 2f 31 2e 31 20 34 30 30 20 42 61 64)",
    );
    expect(probe.elapsedMs).toBeLessThan(2000);
  });

  it("GIVEN a TSRequest declaring a length past anything sent THEN it is refused without waiting for the bytes", async () => {
    const probe = await probeNla(Buffer.from("30847fffffffa0030201", "hex"));
    expect(detailOf(probe, "ntlm.unreadable")).toMatch(
      /^the answer declares 2147483653 bytes, over the 65536 cap/,
    );
    expect(probe.elapsedMs).toBeLessThan(2000);
  });

  it("GIVEN a TSRequest with an errorCode and no token THEN ntlm.unreadable quotes the code", async () => {
    const probe = await probeNla(Buffer.from("300ea003020106a407020500c000006d", "hex"));
    expect(detailOf(probe, "ntlm.unreadable")).toMatch(/carries no NTLM token \(errorCode 0xc000006d\)/);
  });

  it("GIVEN a server that closes instead of answering THEN ntlm.unreadable", async () => {
    const probe = await probeNla("close");
    expect(detailOf(probe, "ntlm.unreadable")).toBe("the server closed the connection without answering");
  });

  it("GIVEN a server that never answers THEN the exchange ends at the timeout with ntlm.unreadable", async () => {
    const probe = await probeNla("silence", "localhost", 400);
    expect(detailOf(probe, "ntlm.unreadable")).toBe("no complete answer within 400 ms");
    expect(probe.elapsedMs).toBeLessThan(1500);
  });

  it("GIVEN the probe is aborted during the exchange THEN no NTLM finding and the step says it stopped", async () => {
    const probe = await probeFakeRdpServer(
      servers,
      {
        confirm: nlaLayer,
        afterConfirm: { kind: "credssp", keyPem: cert.keyPem, certPem: cert.certPem, answer: "silence" },
      },
      { host: "localhost", timeoutMs: 5000, signal: AbortSignal.timeout(600) },
    );
    expect(ntlmIds(probe.ids)).toEqual([]);
    expect(probe.result.steps.find((s) => s.step === "ntlm")?.status).toBe("inconclusive");
    expect(probe.elapsedMs).toBeLessThan(3000);
  });
});
