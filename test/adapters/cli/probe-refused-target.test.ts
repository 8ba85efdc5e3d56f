import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../../../src/probes/probe-policy-defaults.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { offlineLookup } from "../../support/offline-lookup.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const policy = createProbePolicy(defaultProbePolicyConfig);
// A made-up name that resolves (through the seam, no DNS query) only to an address the policy refuses.
const lookup = offlineLookup({
  "sneaky.corp.example": ["8.8.8.8"],
  "metadata.corp.example": ["169.254.169.254"],
});

/** The real probe runner and target check on the default policy, resolving through the offline seam. */
const deps = {
  version: "9.9.9",
  defaultFlowDir: join(import.meta.dirname, "..", "..", "fixtures", "flows"),
  loadFlow: async () => flow,
  openStore: async () => new MemoryStateStore(),
  createRunProbes: () => createProbeRunner({ policy, budgetMs: 2_000, lookup }),
  createTargetCheck: () => createTargetCheck(policy, lookup),
};

describe("a target the probe policy refuses is exit 2 from every command", () => {
  it.each([
    ["probe", "sneaky.corp.example"],
    ["probe", "metadata.corp.example"],
    ["probe", "8.8.8.8"],
    ["probe", "169.254.169.254"],
  ])("GIVEN `rdp-fix %s %s` THEN it exits 2 and says why on stderr", async (kind, host) => {
    const term = scriptedTerminal();
    expect(await runCli([kind, host], term.io, deps)).toBe(2);
    expect(term.stderr).toMatch(/rdp-fix probe: not probed: /);
  });

  it.each(["sneaky.corp.example", "8.8.8.8"])(
    "GIVEN `rdp-fix probe %s --json` THEN it exits 2 too, the JSON showing the refusal",
    async (host) => {
      const term = scriptedTerminal();
      expect(await runCli(["probe", host, "--json"], term.io, deps)).toBe(2);
      expect(JSON.parse(term.stdout).steps).toContainEqual(
        expect.objectContaining({ status: "denied", summary: expect.stringContaining("not probed") }),
      );
    },
  );

  it.each(["sneaky.corp.example", "8.8.8.8"])(
    "GIVEN `rdp-fix diagnose %s --yes --json` THEN it exits 2, as probe does",
    async (host) => {
      const term = scriptedTerminal();
      expect(await runCli(["diagnose", host, "--yes", "--json"], term.io, deps)).toBe(2);
      expect(JSON.parse(term.stdout).probing).toMatchObject({ ran: false, because: "refused" });
    },
  );

  it("GIVEN a name that does not resolve THEN that is a finding, not a refusal: exit 0", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["probe", "nowhere.corp.example"], term.io, deps)).toBe(0);
    expect(term.stdout).toContain("dns.unresolved");
  });

  it("GIVEN the loopback broadcast 127.255.255.255 (allowed: loopback) THEN the probe ends with findings and exit 0", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["probe", "127.255.255.255"], term.io, deps)).toBe(0);
    expect(term.stdout).toContain("udp.unreachable [127.255.255.255]");
    expect(term.stdout).toContain("tcp.unreachable [127.255.255.255]");
  });
});
