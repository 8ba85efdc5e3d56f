import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { defaultFlowDir } from "../../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = await loadDefaultFlow(defaultFlowDir());
const deps = { version: "9.9.9", defaultFlowDir: defaultFlowDir(), loadFlow: async () => flow };

describe("rdp-fix diagnose --answer for a follow-up question", () => {
  it("GIVEN credssp-patch-level without error-shown=credssp THEN it is taken, with a warning naming the trigger", async () => {
    const term = scriptedTerminal();
    const argv = [
      "diagnose",
      "192.0.2.10",
      "--no-probe",
      "--json",
      "-a",
      "credssp-patch-level=server-behind",
    ];
    expect(await runCli(argv, term.io, deps)).toBe(0);
    expect(term.stderr).toContain(
      "warning: --answer credssp-patch-level is a follow-up to error-shown=credssp, which was not given; taken anyway",
    );
    const refs = JSON.parse(term.stdout).causes.flatMap((c: { evidence: { for: Array<{ ref: string }> } }) =>
      c.evidence.for.map((e) => e.ref),
    );
    expect(refs).toContain("credssp-patch-level=server-behind");
  });

  it("GIVEN the follow-up with its trigger THEN there is no warning", async () => {
    const term = scriptedTerminal();
    const argv = ["diagnose", "192.0.2.10", "--no-probe", "--json", "-a", "error-shown=credssp"];
    expect(await runCli([...argv, "-a", "credssp-patch-level=server-behind"], term.io, deps)).toBe(0);
    expect(term.stderr).not.toContain("warning");
  });
});
