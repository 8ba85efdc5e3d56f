import { describe, expect, it } from "vitest";
import { parseSslscanOutput } from "../../bench/probe/parse-sslscan-output.js";
import { readFixture } from "./read-fixture.js";

describe("parseSslscanOutput (sslscan 2.0.7 --rdp, recorded against the lab)", () => {
  it("GIVEN xrdp tls_expired THEN TLS 1.2 and 1.3 and the 2020-2021 dates are read, RDP layers are not", () => {
    const answers = parseSslscanOutput(readFixture("sslscan-xrdp-tls-expired.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2", "1.3"] });
    expect(answers.certificate).toMatchObject({
      kind: "claims",
      value: { kind: "dates", notBefore: "2020-01-01T00:00:00.000Z", notAfter: "2021-01-01T00:00:00.000Z" },
    });
    expect(answers.protocols.kind).toBe("no-answer");
  });

  it("GIVEN xrdp tls10_only THEN only TLS 1.0 is claimed", () => {
    const answers = parseSslscanOutput(readFixture("sslscan-xrdp-tls10-only.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.0"] });
    expect(answers.certificate).toMatchObject({
      value: { notBefore: "2026-11-21T05:40:45.000Z", notAfter: "2027-11-21T05:40:45.000Z" },
    });
  });

  it("GIVEN xrdp rdp_only THEN it claims no TLS version and no certificate", () => {
    const answers = parseSslscanOutput(readFixture("sslscan-xrdp-rdp-only.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: [] });
    expect(answers.certificate).toMatchObject({ kind: "claims", value: { kind: "none" } });
  });

  it("GIVEN shadow /sec:rdp THEN the TLS it forced past the X.224 refusal is read as a claim", () => {
    const answers = parseSslscanOutput(readFixture("sslscan-shadow-rdp.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2", "1.3"] });
    expect(answers.certificate).toMatchObject({
      value: { kind: "dates", notBefore: "2026-11-21T05:40:45.000Z", notAfter: "2031-11-20T05:40:45.000Z" },
    });
  });

  it("GIVEN the MTU black hole, killed at 60 s THEN the misread version table is a claim and the certificate unanswered", () => {
    const answers = parseSslscanOutput(readFixture("sslscan-blackhole-60s-timeout.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2"] });
    expect(answers.certificate.kind).toBe("no-answer");
  });

  it("GIVEN the MTU black hole left to finish THEN it claims TLS 1.2 and no certificate", () => {
    const answers = parseSslscanOutput(readFixture("sslscan-blackhole-full.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2"] });
    expect(answers.certificate).toMatchObject({ kind: "claims", value: { kind: "none" } });
  });

  it("GIVEN a protocol table cut short THEN the versions are unanswered, not claimed", () => {
    const cut = readFixture("sslscan-xrdp-tls-expired.txt").split("TLSv1.2")[0] ?? "";
    expect(parseSslscanOutput(cut).versions.kind).toBe("no-answer");
  });
});
