import { describe, expect, it } from "vitest";
import { ntlmFindings } from "../../src/probes/ntlm-findings.js";
import type { NtlmIdentity } from "../../src/probes/ntlm-identity.js";

const identity: NtlmIdentity = {
  targetName: "CORP",
  netbiosComputerName: "HOST17",
  netbiosDomainName: "CORP",
  dnsComputerName: "host17.corp.example",
  dnsDomainName: "corp.example",
  dnsTreeName: null,
  serverTime: "2030-06-01T00:00:00.000Z",
  version: { major: 10, minor: 0, build: 20348 },
};

const ids = (overrides: Partial<NtlmIdentity>, clockOffsetMs: number | null = 0) =>
  ntlmFindings(
    { kind: "identified", identity: { ...identity, ...overrides }, clockOffsetMs, durationMs: 1 },
    "host17",
  ).map((f) => f.id);

describe("ntlmFindings", () => {
  it.each([
    [{ major: 6, minor: 2, build: 9199 }, ["ntlm.identity", "ntlm.legacy-os"]],
    [{ major: 6, minor: 2, build: 9200 }, ["ntlm.identity"]],
    [{ major: 6, minor: 1, build: 65535 }, ["ntlm.identity", "ntlm.legacy-os"]],
    [{ major: 5, minor: 2, build: 3790 }, ["ntlm.identity", "ntlm.legacy-os"]],
  ])("GIVEN Windows %o THEN %o", (version, expected) => {
    expect(ids({ version })).toEqual(expected);
  });

  it("GIVEN no VERSION field THEN the build is not judged", () => {
    expect(ids({ version: null })).toEqual(["ntlm.identity"]);
  });

  it.each([
    [5 * 60_000, ["ntlm.identity"]],
    [5 * 60_000 + 1, ["ntlm.identity", "ntlm.clock-skew"]],
    [-(6 * 60_000), ["ntlm.identity", "ntlm.clock-skew"]],
    [null, ["ntlm.identity"]],
  ])("GIVEN a clock offset of %s ms THEN %o", (offset, expected) => {
    expect(ids({}, offset)).toEqual(expected);
  });

  it("GIVEN a server that fell silent, or one whose TLS failed THEN only the silence is a finding", () => {
    const silent = ntlmFindings(
      { kind: "unreadable", reason: "no answer", firstBytes: "", durationMs: 1 },
      "x",
    );
    expect(silent).toEqual([{ id: "ntlm.unreadable", detail: "no answer" }]);
    expect(ntlmFindings({ kind: "tls-failed", message: "reset", durationMs: 1 }, "x")).toEqual([]);
    expect(ntlmFindings(null, "x")).toEqual([]);
  });
});
