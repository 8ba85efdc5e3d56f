import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../../../src/probes/probe-policy-defaults.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { offlineLookup } from "../../support/offline-lookup.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const policy = createProbePolicy(defaultProbePolicyConfig);

/** A terminal whose probes must never run: every case here is refused before consent. */
function depsRefusingProbes(names: Record<string, readonly string[]> = {}) {
  let probeRuns = 0;
  return {
    deps: {
      version: "9.9.9",
      defaultFlowDir: join(import.meta.dirname, "..", "..", "fixtures", "flows"),
      loadFlow: async () => flow,
      createRunProbes: () => async () => {
        probeRuns++;
        throw new Error("the policy should have refused this target before any probe");
      },
      createTargetCheck: () => createTargetCheck(policy, offlineLookup(names)),
    },
    probeRuns: () => probeRuns,
  };
}

describe("rdp-fix diagnose: the probe policy before consent", () => {
  it.each([
    ["2852039166", "cloud metadata in decimal"],
    ["169.254.169.254", "link-local metadata"],
    ["0xa9fea9fe", "metadata in hex"],
    ["[::ffff:169.254.169.254]", "metadata inside IPv4-mapped IPv6"],
    ["224.0.0.1", "multicast"],
  ])("GIVEN %s (%s) THEN nobody is asked for consent and the run says why", async (host) => {
    const { deps, probeRuns } = depsRefusingProbes();
    const term = scriptedTerminal(["r"]);
    expect(await runCli(["diagnose", host], term.io, deps)).toBe(0);
    expect(term.stderr).toMatch(/Not probing: .*never probed.*whatever the configuration/);
    expect(term.prompts.join("\n")).not.toMatch(/probe/i);
    expect(probeRuns()).toBe(0);
  });

  it("GIVEN a port outside RDP_FIX_ALLOWED_PORTS THEN the refusal names that variable", async () => {
    const { deps, probeRuns } = depsRefusingProbes();
    const term = scriptedTerminal(["r"]);
    expect(await runCli(["diagnose", "10.0.0.5", "--port", "3390"], term.io, deps)).toBe(0);
    expect(term.stderr).toContain("RDP_FIX_ALLOWED_PORTS");
    expect(probeRuns()).toBe(0);
  });

  it("GIVEN a name that resolves only to a denied range THEN it is refused on its addresses, naming RDP_FIX_ALLOWED_CIDRS", async () => {
    const { deps, probeRuns } = depsRefusingProbes({ "sneaky.corp.example": ["8.8.8.8"] });
    const term = scriptedTerminal(["r"]);
    expect(await runCli(["diagnose", "sneaky.corp.example", "--yes"], term.io, deps)).toBe(0);
    expect(term.stderr).toContain("RDP_FIX_ALLOWED_CIDRS");
    expect(probeRuns()).toBe(0);
  });

  it("GIVEN --json --yes and a target the policy refuses THEN stderr and the JSON say why and it exits 2", async () => {
    const { deps, probeRuns } = depsRefusingProbes();
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "169.254.169.254", "--json", "--yes"], term.io, deps)).toBe(2);
    expect(term.stderr).toMatch(/Not probing: .*whatever the configuration/);
    const output = JSON.parse(term.stdout);
    expect(output.probing).toMatchObject({
      ran: false,
      because: "refused",
      refused: { code: "always-denied", reason: expect.any(String) },
    });
    expect(output.causes.length).toBeGreaterThan(0);
    expect(output.nextChecks?.probe, "no advice to probe a target the policy refuses").toBe(false);
    expect(probeRuns()).toBe(0);
  });

  it("GIVEN no terminal, --yes and a refused target THEN the text diagnosis says the probes did not run and why", async () => {
    const { deps } = depsRefusingProbes();
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "10.0.0.5", "--port", "3390", "--yes"], term.io, deps)).toBe(2);
    expect(term.stdout).toMatch(/The probes did not run: Not probing: .*RDP_FIX_ALLOWED_PORTS/);
  });

  it("GIVEN a person at the terminal and a refused target THEN the diagnosis says the probes did not run", async () => {
    const { deps } = depsRefusingProbes();
    const term = scriptedTerminal(["r"]);
    expect(await runCli(["diagnose", "224.0.0.1"], term.io, deps)).toBe(0);
    expect(term.stdout).toMatch(/The probes did not run: Not probing: /);
  });
});
