import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const deps = { version: "9.9.9", defaultFlowDir: "flows", loadFlow: async () => shippedFlow() };
const hint = "The server can settle this: run `rdp-fix collector > rdp-fix-collector.ps1`";

describe("rdp-fix diagnose: the hint to check the server", () => {
  it("GIVEN a server-side cause among the top three and no report THEN the text diagnosis says how to check the server", async () => {
    const term = scriptedTerminal();
    const argv = [
      "diagnose",
      "10.0.0.5",
      "--no-probe",
      "-a",
      "error-shown=code-0x904",
      "-a",
      "recent-change=certificate",
    ];
    expect(await runCli(argv, term.io, deps)).toBe(0);
    expect(term.stdout).toContain(hint);
  });

  it("GIVEN the server's report is already in THEN no such hint", async () => {
    const term = scriptedTerminal();
    const argv = [
      "diagnose",
      "10.0.0.5",
      "--no-probe",
      "--evidence",
      "test/fixtures/server-reports/cert-private-key.json",
    ];
    expect(await runCli(argv, term.io, deps)).toBe(0);
    expect(term.stdout).toContain("Remote Desktop cannot read its certificate's private key");
    expect(term.stdout).not.toContain(hint);
  });
});
