import { afterEach, describe, expect, it } from "vitest";
import { fakeNtlmChallenge } from "../../src/demo/fake-ntlm-challenge.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { makeCertificate } from "../../src/demo/make-certificate.js";
import { buildTsRequest } from "../../src/probes/build-ts-request.js";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../src/probes/run-probes.js";
import { renderProbeGauges } from "../../src/runtime/probe-gauges.js";
import { probeTargetFacts } from "../../src/runtime/probe-target-facts.js";
import { prometheusSamples, sampleValue } from "../support/prometheus-samples.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Windows with NLA required whose CHALLENGE says its clock runs `aheadMs` ahead of ours. */
async function nlaServer(aheadMs: number) {
  const { keyPem, certPem } = makeCertificate({ ipAddresses: ["127.0.0.1"] });
  const challenge = fakeNtlmChallenge({
    netbiosComputerName: "HOST42",
    netbiosDomainName: "CORP",
    dnsComputerName: "host42.corp.example",
    dnsDomainName: "corp.example",
    time: new Date(Date.now() + aheadMs),
    version: { major: 10, minor: 0, build: 20348 },
  });
  const server = await startFakeRdpServer({
    confirm: (requested) =>
      requested !== null && (requested & 0x02) !== 0
        ? { kind: "select", protocol: 0x02 }
        : { kind: "fail", code: 5 },
    afterConfirm: { kind: "credssp", keyPem, certPem, answer: buildTsRequest(challenge) },
  });
  servers.push(server);
  return server;
}

describe("renderProbeGauges: a probe run in the Prometheus text format", () => {
  it("GIVEN a server with NLA required and its clock 10 minutes ahead THEN HYBRID is selected, the NTLM clock offset is about +600 s and the clock-skew finding is 1", async () => {
    const server = await nlaServer(600_000);
    const policy = createProbePolicy({
      allowedCidrs: ["127.0.0.1/32"],
      allowedHostnames: [],
      allowedPorts: [server.port],
    });
    const report = await createProbeRunner({ policy, budgetMs: 4000 })({
      host: "127.0.0.1",
      port: server.port,
    });
    const facts = probeTargetFacts(report);
    expect(facts.ntlm?.computer).toBe("host42.corp.example");

    const { contentType, body } = await renderProbeGauges(facts);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = prometheusSamples(body);
    expect(sampleValue(samples, "rdp_fix_probe_success")).toBe(1);
    expect(sampleValue(samples, "rdp_fix_security_protocol_selected", { protocol: "HYBRID" })).toBe(1);
    expect(sampleValue(samples, "rdp_fix_security_protocol_selected", { protocol: "RDP" })).toBe(0);
    const offset = sampleValue(samples, "rdp_fix_ntlm_clock_offset_seconds");
    expect(offset).toBeGreaterThan(595);
    expect(offset).toBeLessThan(605);
    expect(sampleValue(samples, "rdp_fix_finding", { id: "ntlm.clock-skew" })).toBe(1);
  });

  it("GIVEN a closed port THEN success is 0, no certificate series at all, and tcp.refused is 1", async () => {
    const server = await startFakeRdpServer({ confirm: () => ({ kind: "close" }) });
    const port = server.port;
    await server.close();
    const policy = createProbePolicy({
      allowedCidrs: ["127.0.0.1/32"],
      allowedHostnames: [],
      allowedPorts: [port],
    });
    const report = await createProbeRunner({ policy, budgetMs: 2000 })({ host: "127.0.0.1", port });
    const samples = prometheusSamples((await renderProbeGauges(probeTargetFacts(report))).body);
    expect(sampleValue(samples, "rdp_fix_probe_success")).toBe(0);
    expect(sampleValue(samples, "rdp_fix_port_open")).toBe(0);
    expect(samples.some((s) => s.name.startsWith("rdp_fix_certificate_"))).toBe(false);
    expect(sampleValue(samples, "rdp_fix_finding", { id: "tcp.refused" })).toBe(1);
  });
});
