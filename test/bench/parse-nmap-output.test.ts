import { describe, expect, it } from "vitest";
import { parseNmapOutput } from "../../bench/probe/parse-nmap-output.js";
import { readFixture } from "./read-fixture.js";

describe("parseNmapOutput (nmap 7.93, recorded against the lab)", () => {
  it("GIVEN rdp-enum-encryption crashing on an xrdp TLS-only server THEN nothing is answered", () => {
    const answers = parseNmapOutput(readFixture("nmap-xrdp-tls-expired.txt"));
    expect(answers.protocols).toEqual({
      kind: "no-answer",
      detail: "rdp-enum-encryption: ERROR: Script execution failed (use -d to debug)",
    });
    expect(answers.versions.kind).toBe("no-answer");
    expect(answers.certificate.kind).toBe("no-answer");
  });

  it("GIVEN xrdp negotiate THEN its false SUCCESS lines are read as claims, NLA included", () => {
    const { protocols } = parseNmapOutput(readFixture("nmap-xrdp-negotiate.txt"));
    expect(protocols).toMatchObject({ kind: "claims", value: ["RDP", "TLS", "NLA"] });
    expect(protocols.detail).toContain("RDSTLS");
    expect(protocols.detail).not.toContain("RC4");
  });

  it("GIVEN FreeRDP shadow NLA or RDP THEN only the layer that succeeded is claimed", () => {
    expect(parseNmapOutput(readFixture("nmap-shadow-nla.txt")).protocols).toMatchObject({
      kind: "claims",
      value: ["NLA"],
    });
    expect(parseNmapOutput(readFixture("nmap-shadow-rdp.txt")).protocols).toMatchObject({
      kind: "claims",
      value: ["RDP"],
    });
  });

  it("GIVEN the ssl-cert and ssl-enum-ciphers blocks of a plain TLS server THEN dates and versions are read", () => {
    const answers = parseNmapOutput(readFixture("nmap-plain-tls-server-expired.txt"));
    expect(answers.versions).toMatchObject({ kind: "claims", value: ["1.2", "1.3"] });
    expect(answers.certificate).toMatchObject({
      kind: "claims",
      value: { kind: "dates", notBefore: "2020-01-01T00:00:00.000Z", notAfter: "2021-01-01T00:00:00.000Z" },
    });
    expect(answers.protocols.kind).toBe("no-answer");
  });

  it("GIVEN no output at all (a hang killed by the timeout) THEN nothing is answered", () => {
    const answers = parseNmapOutput("");
    expect([answers.protocols.kind, answers.versions.kind, answers.certificate.kind]).toEqual([
      "no-answer",
      "no-answer",
      "no-answer",
    ]);
  });
});
