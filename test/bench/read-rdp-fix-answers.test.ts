import { describe, expect, it } from "vitest";
import { readRdpFixAnswers } from "../../bench/probe/read-rdp-fix-answers.js";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { readFixture } from "./read-fixture.js";

const steps = (name: string) => JSON.parse(readFixture(name)) as ProbeStep[];

describe("readRdpFixAnswers (rdp-fix probe steps, recorded against the lab)", () => {
  it("GIVEN xrdp tls_expired THEN TLS only, TLS 1.2 and 1.3, and the 2020-2021 dates", () => {
    const answers = readRdpFixAnswers(steps("rdp-fix-xrdp-tls-expired.steps.json"));
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["TLS"] });
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2", "1.3"] });
    expect(answers.certificate).toMatchObject({
      kind: "claims",
      value: { kind: "dates", notBefore: "2020-01-01T00:00:00.000Z", notAfter: "2021-01-01T00:00:00.000Z" },
    });
  });

  it("GIVEN xrdp tls10_only THEN the sweep's TLSv1 is read as 1.0", () => {
    const answers = readRdpFixAnswers(steps("rdp-fix-xrdp-tls10-only.steps.json"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.0"] });
  });

  it("GIVEN xrdp rdp_only THEN RDP, no TLS version and no certificate", () => {
    const answers = readRdpFixAnswers(steps("rdp-fix-xrdp-rdp-only.steps.json"));
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["RDP"] });
    expect(answers.versions).toMatchObject({ kind: "claims", value: [] });
    expect(answers.certificate).toMatchObject({ kind: "claims", value: { kind: "none" } });
  });

  it("GIVEN shadow NLA THEN HYBRID selected reads as NLA alone", () => {
    const answers = readRdpFixAnswers(steps("rdp-fix-shadow-nla.steps.json"));
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["NLA"] });
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2", "1.3"] });
  });

  it("GIVEN the MTU black hole THEN TLS is claimed from X.224, versions and certificate could not be told", () => {
    const answers = readRdpFixAnswers(steps("rdp-fix-blackhole.steps.json"));
    expect(answers.protocols).toMatchObject({ kind: "claims", value: ["TLS"] });
    expect(answers.versions.kind).toBe("undetermined");
    expect(answers.certificate.kind).toBe("undetermined");
  });

  it("GIVEN no steps at all THEN nothing is answered", () => {
    const answers = readRdpFixAnswers([]);
    expect([answers.protocols.kind, answers.versions.kind, answers.certificate.kind]).toEqual([
      "no-answer",
      "no-answer",
      "no-answer",
    ]);
  });
});
