import { describe, expect, it } from "vitest";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../../src/probes/probe-policy-defaults.js";
import { createProbeRunner } from "../../src/probes/run-probes.js";
import { offlineLookup } from "../support/offline-lookup.js";

const policy = createProbePolicy(defaultProbePolicyConfig);
const now = () => new Date("2025-01-02T03:04:05.000Z");

describe("createProbeRunner: a step that throws is a finding, never a rejection", () => {
  it("GIVEN a resolver that throws (a bug, no error code) THEN the run reports dns.error with the reason and resolves", async () => {
    const broken = async (): Promise<never> => {
      throw new TypeError("cannot read properties of undefined (reading 'family')");
    };
    const probe = createProbeRunner({ policy, budgetMs: 1_000, now, lookup: broken });
    const report = await probe({ host: "host42.example.test", port: 3389 });
    expect(report.addresses).toEqual([]);
    expect(report.steps).toEqual([
      expect.objectContaining({
        step: "dns",
        status: "failed",
        summary: expect.stringContaining("reading 'family'"),
      }),
    ]);
    expect(report.findings).toEqual([
      {
        id: "dns.error",
        detail: expect.stringContaining("dns check failed unexpectedly"),
        at: "2025-01-02T03:04:05.000Z",
      },
    ]);
  });

  it("GIVEN the loopback broadcast address THEN the run ends with tcp and udp findings for it, no throw", async () => {
    const probe = createProbeRunner({ policy, budgetMs: 2_000, now, lookup: offlineLookup() });
    const report = await probe({ host: "127.255.255.255", port: 3389 });
    const ids = report.findings.map((finding) => finding.id);
    expect(ids).toContain("udp.unreachable");
    expect(ids.filter((id) => id.endsWith(".error"))).toEqual([]);
  });
});
