import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { demoFaults } from "../../../src/demo/demo-faults.js";
import { loadFlowFile, shippedFlow } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const minimal = loadFlowFile("test/fixtures/flows/minimal.yaml");
const minimalDeps = { version: "test", defaultFlowDir: "flows", loadFlow: async () => minimal };
const shipped = shippedFlow();
const shippedDeps = { version: "test", defaultFlowDir: "flows", loadFlow: async () => shipped };

/** The stdout lines up to and including the first line matching `pattern`, or undefined. */
function linesUntil(stdout: string, pattern: RegExp): number | undefined {
  const index = stdout.split("\n").findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

describe("the terminal diagnosis is brief by default", () => {
  it.concurrent.each(demoFaults.map((f) => [f.name] as const))(
    "GIVEN the %s demo THEN the top cause and the verify step of its first fix fit one 50-row screen",
    async (fault) => {
      const term = scriptedTerminal();
      expect(await runCli(["demo", fault], term.io, shippedDeps)).toBe(0);
      const top = linesUntil(term.stdout, /^1\. /);
      const firstFix = linesUntil(term.stdout, /^ {5}1a\) /);
      const firstVerify = linesUntil(term.stdout, /^ {8}Verify: /);
      expect(top).toBeDefined();
      expect(firstFix).toBeGreaterThan(top ?? 0);
      expect(firstVerify).toBeLessThanOrEqual(50);
      expect(linesUntil(term.stdout, /^2\. /)).toBeGreaterThan(firstVerify ?? 0);
    },
  );

  it("GIVEN the expired-cert demo THEN three causes are in full and the others one line each with their confidence", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["demo", "expired-cert"], term.io, shippedDeps)).toBe(0);
    expect(term.stdout.match(/^ {3}Fixes:$/gm)).toHaveLength(3);
    expect(term.stdout).toMatch(/^Also possible:\n {2}4\. .+ {2}\d+%$/m);
    expect(term.stdout.match(/^ {2}\d+\. .+ {2}\d+%$/gm)).toHaveLength(shipped.causes.length - 3);
    expect(term.stdout).toContain("(strongly suggests this)");
    expect(term.stdout).not.toMatch(/bits\)/);
  });

  it("GIVEN --all THEN every cause is printed in full as before", async () => {
    const term = scriptedTerminal();
    expect(
      await runCli(["diagnose", "host42", "--no-probe", "--all"], term.io, {
        ...shippedDeps,
      }),
    ).toBe(0);
    expect(term.stdout.match(/^ {3}Confirm:$/gm)).toHaveLength(shipped.causes.length);
    expect(term.stdout).not.toContain("Also possible:");
  });
});

describe("an honest stop at the terminal", () => {
  it("GIVEN no probe and no answer THEN it says there is not enough evidence, names the next checks and labels the list", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "host42", "--no-probe"], term.io, minimalDeps)).toBe(0);
    expect(term.stdout).toContain("Not enough evidence yet for host42 port 3389");
    expect(term.stdout).toContain("What would tell the causes apart:");
    expect(term.stdout).toContain("  • Probe the server:");
    expect(term.stdout).toContain("  • Answer: Since when?");
    expect(term.stdout).toContain("  • Check the top cause: Look at certlm.msc");
    expect(term.stdout).toContain("A starting point, not a diagnosis");
    expect(term.stdout).not.toContain("Diagnosis for host42");
  });

  it("GIVEN a decisive answer and --json THEN the bits stay numbers and the evidence strength is given", async () => {
    const term = scriptedTerminal();
    expect(
      await runCli(
        ["diagnose", "host42", "--no-probe", "--json", "--answer", "since-when=suddenly"],
        term.io,
        minimalDeps,
      ),
    ).toBe(0);
    const output = JSON.parse(term.stdout);
    expect(output.evidence).toEqual({ strength: "weak", topBits: 2 });
    expect(output.nextChecks).toMatchObject({ probe: true, serverCheck: "Look at certlm.msc" });
    expect(output.causes[0].evidence.for[0].bits).toBe(2);
  });
});

describe("m and h print only what is new", () => {
  it("GIVEN a diagnosis on screen WHEN the person asks for more THEN only the causes not yet shown in full are printed", async () => {
    const term = scriptedTerminal(["r", "m", "q"]);
    expect(await runCli(["diagnose", "host42", "--no-probe"], term.io, shippedDeps)).toBe(0);
    const more = term.stdout.slice(term.stdout.indexOf("More causes for host42 port 3389:"));
    expect(more).not.toBe(term.stdout);
    expect(more).toMatch(/^4\. /m);
    expect(more).not.toMatch(/^[123]\. /m);
    expect(more).not.toContain("Not enough evidence yet");
  });

  it("GIVEN --all WHEN the person asks for more THEN nothing is printed again", async () => {
    const term = scriptedTerminal(["r", "m", "q"]);
    expect(await runCli(["diagnose", "host42", "--no-probe", "--all"], term.io, shippedDeps)).toBe(0);
    expect(term.stdout).toContain("Every cause is already shown above.");
    expect(term.stdout).not.toContain("More causes for");
  });

  it("GIVEN a diagnosis on screen WHEN the person hands off THEN the diagnosis is not printed again", async () => {
    const term = scriptedTerminal(["r", "h", "q"]);
    expect(await runCli(["diagnose", "host42", "--no-probe"], term.io, shippedDeps)).toBe(0);
    expect(term.stdout.match(/Not enough evidence yet for host42/g)).toHaveLength(1);
    const handoff = term.stdout.slice(term.stdout.indexOf("Handoff from"));
    expect(handoff).toContain("as in the diagnosis above");
    expect(handoff).toContain("The diagnosis above still stands.");
  });
});
