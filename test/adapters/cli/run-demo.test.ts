import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { demoFaults } from "../../../src/demo/demo-faults.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = shippedFlow();
const deps = { version: "test", defaultFlowDir: "flows", loadFlow: async () => flow };

describe("rdp-fix demo", () => {
  it("GIVEN no fault THEN it lists every fault and exits 0", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["demo"], term.io, deps)).toBe(0);
    for (const fault of demoFaults) expect(term.stdout).toContain(fault.name);
  });

  it("GIVEN an unknown fault THEN it exits 2 listing the faults", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["demo", "gremlins"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain('unknown fault "gremlins"; faults: expired-cert');
  });

  it.concurrent.each(demoFaults.map((f) => [f.name, f.expectedCause] as const))(
    "GIVEN the %s demo endpoint THEN the live diagnosis puts %s first, backed by a probe finding",
    async (fault, expectedCause) => {
      const term = scriptedTerminal();
      expect(await runCli(["demo", fault, "--json"], term.io, deps)).toBe(0);
      const result = JSON.parse(term.stdout);
      expect(result.host).toBe("127.0.0.1");
      expect(result.findings.map((f: { id: string }) => f.id)).toContain("tcp.open");
      expect(result.causes[0].id).toBe(expectedCause);
      expect(result.causes[0].evidence.for.some((e: { source: string }) => e.source === "finding")).toBe(
        true,
      );
    },
  );

  it("GIVEN the demo in text mode THEN it shows live probe progress and the ranked diagnosis", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["demo", "expired-cert"], term.io, deps)).toBe(0);
    expect(term.stdout).toContain("Demo RDP endpoint on 127.0.0.1 port");
    expect(term.stderr).toMatch(/✓ tcp \[127\.0\.0\.1\]: /);
    expect(term.stdout).toMatch(/1\. .*expired.*\d+%/i);
  });

  it("GIVEN a demo run THEN the terminal's probe run is in the audit trail of the store it was given", async () => {
    const store = new MemoryStateStore();
    const term = scriptedTerminal();
    expect(
      await runCli(["demo", "expired-cert", "--json"], term.io, { ...deps, openStore: async () => store }),
    ).toBe(0);
    const audit = await store.listAudit();
    expect(audit).toEqual([
      expect.objectContaining({
        action: "probe",
        platform: "terminal",
        target: "127.0.0.1",
        outcome: "finished",
        details: expect.objectContaining({
          addresses: ["127.0.0.1"],
          findings: expect.arrayContaining(["cert.expired"]),
        }),
      }),
    ]);
  });
});
