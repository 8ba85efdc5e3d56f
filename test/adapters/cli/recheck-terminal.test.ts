import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { findDemoFault, freshCertificateTls } from "../../../src/demo/demo-faults.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import type { RunProbes } from "../../../src/runtime/conversation-runner.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

let server: FakeRdpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("rdp-fix diagnose: re-check after a fix, at the terminal", () => {
  it("GIVEN a real endpoint with an expired certificate WHEN it is renewed and the person types c 1a THEN the probes run again and it is solved with before → after", async () => {
    const fault = findDemoFault("expired-cert");
    if (!fault) throw new Error("the expired-cert demo fault is missing");
    const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
    server = rdp;
    const policy = createProbePolicy({
      allowedCidrs: ["127.0.0.1/32"],
      allowedHostnames: [],
      allowedPorts: [rdp.port],
    });
    const probe = createProbeRunner({ policy, budgetMs: 4_000 });
    let runs = 0;
    // The admin renews the certificate as soon as the first diagnosis is on the screen.
    const runProbes: RunProbes = async (request) => {
      const report = await probe(request);
      runs += 1;
      if (runs === 1) rdp.reconfigure(freshCertificateTls());
      return report;
    };
    const deps = {
      version: "9.9.9",
      defaultFlowDir: "flows",
      loadFlow: async () => shippedFlow(),
      createRunProbes: () => runProbes,
      createTargetCheck: () => createTargetCheck(policy),
    };
    const term = scriptedTerminal(["y", "c 1a", "q"]);
    expect(await runCli(["diagnose", "127.0.0.1", "--port", String(rdp.port)], term.io, deps)).toBe(0);
    expect(runs).toBe(2);
    expect(term.stdout).toContain("Re-checking 127.0.0.1");
    expect(term.stdout).toMatch(/Solved: "Delete the certificate and let Windows create a fresh one" fixed/);
    expect(term.stdout).toMatch(/cert\.expired: expired 2021-01-01[^\n]*→ gone/);
  });
});
