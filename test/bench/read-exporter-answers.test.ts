import { afterEach, describe, expect, it } from "vitest";
import { scrapeExporter } from "../../bench/probe/exporter-peer.js";
import { readExporterAnswers } from "../../bench/probe/read-exporter-answers.js";
import { readRdpFixAnswers } from "../../bench/probe/read-rdp-fix-answers.js";
import { findDemoFault } from "../../src/demo/demo-faults.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { renderProbeGauges } from "../../src/runtime/probe-gauges.js";
import { probeTargetFacts } from "../../src/runtime/probe-target-facts.js";
import { readFixture } from "./read-fixture.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The exporter's page for recorded steps: probeTargetFacts and renderProbeGauges, as a scrape renders them. */
async function gaugesOf(steps: ProbeStep[]) {
  const report = {
    host: "127.0.1.1",
    port: 3389,
    addresses: ["127.0.1.1"],
    steps,
    findings: [],
    startedAt: "2026-11-21T05:50:17.000Z",
    durationMs: 1200,
  };
  const { body } = await renderProbeGauges(probeTargetFacts(report));
  return { ms: 0, status: 200, body };
}

/** Kind and value of each fact, without the detail (the readers word theirs differently). */
function claims(answers: ReturnType<typeof readExporterAnswers>) {
  return Object.fromEntries(
    Object.entries(answers).map(([fact, { kind, ...rest }]) => [
      fact,
      { kind, value: (rest as { value?: unknown }).value },
    ]),
  );
}

async function demoServer(name: string) {
  const fault = findDemoFault(name);
  if (!fault) throw new Error(`the demo has no ${name} fault`);
  const server = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  servers.push(server);
  return { host: server.address, port: server.port };
}

describe("readExporterAnswers (the exporter's gauges read as bench facts)", () => {
  it.each([
    "rdp-fix-xrdp-tls-expired.steps.json",
    "rdp-fix-xrdp-tls10-only.steps.json",
    "rdp-fix-xrdp-rdp-only.steps.json",
    "rdp-fix-shadow-nla.steps.json",
  ])(
    "GIVEN the gauges rendered from the recorded steps %s THEN they answer what rdp-fix's steps answer",
    async (name) => {
      const steps = JSON.parse(readFixture(name)) as ProbeStep[];
      const fromGauges = readExporterAnswers(await gaugesOf(steps));
      expect(claims(fromGauges)).toEqual(claims(readRdpFixAnswers(steps)));
    },
  );

  it("GIVEN xrdp tls_expired's gauges THEN SSL reads as TLS, TLSv1.2/1.3 as 1.2 and 1.3, and the 2020-2021 dates", async () => {
    const steps = JSON.parse(readFixture("rdp-fix-xrdp-tls-expired.steps.json")) as ProbeStep[];
    const answers = readExporterAnswers(await gaugesOf(steps));
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["TLS"] });
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2", "1.3"] });
    expect(answers.certificate).toMatchObject({
      kind: "claims",
      value: { kind: "dates", notBefore: "2020-01-01T00:00:00.000Z", notAfter: "2021-01-01T00:00:00.000Z" },
    });
  });
});

// A real exporter on loopback (createHttpServer + probeEndpoint), a real fetch, and a real probe run each.
describe("scrapeExporter then readExporterAnswers (the bench's exporter run)", { timeout: 60_000 }, () => {
  it("GIVEN the demo server with an expired certificate THEN the scrape is timed and reads TLS and the 2020-2021 dates", async () => {
    const scrape = await scrapeExporter(await demoServer("expired-cert"), "127.0.0.1/32");
    expect(scrape.status).toBe(200);
    expect(scrape.ms).toBeGreaterThan(0);
    const answers = readExporterAnswers(scrape);
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["TLS"] });
    expect(answers.certificate).toMatchObject({
      kind: "claims",
      value: { kind: "dates", notBefore: "2020-01-01T00:00:00.000Z", notAfter: "2021-01-01T00:00:00.000Z" },
    });
  });

  it("GIVEN a server whose TLS handshake stalls THEN tls.stalled makes the versions and the certificate 'could not tell', not 'none'", async () => {
    const scrape = await scrapeExporter(await demoServer("tls-stall"), "127.0.0.1/32", 3_000);
    const answers = readExporterAnswers(scrape);
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["TLS"] });
    expect(answers.versions.kind).toBe("undetermined");
    expect(answers.certificate.kind).toBe("undetermined");
  });

  it("GIVEN a target outside the exporter's policy THEN the 403 is no answer at all", async () => {
    const scrape = await scrapeExporter(await demoServer("expired-cert"), "10.201.0.0/24");
    expect(scrape.status).toBe(403);
    const answers = readExporterAnswers(scrape);
    expect([answers.protocols.kind, answers.versions.kind, answers.certificate.kind]).toEqual([
      "no-answer",
      "no-answer",
      "no-answer",
    ]);
  });
});
