import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const deps = {
  version: "9.9.9",
  defaultFlowDir: join(import.meta.dirname, "..", "..", "fixtures", "flows"),
  loadFlow: async () => flow,
};

describe("rdp-fix command line", () => {
  it("GIVEN --version THEN it prints the version and exits 0", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["--version"], term.io, deps)).toBe(0);
    expect(term.stdout).toBe("9.9.9");
  });

  it("GIVEN an unknown command THEN it exits 2 naming it", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnosis", "host42"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain('unknown command "diagnosis"');
  });

  it("GIVEN a bad port THEN it exits 2 naming the argument", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "host42", "--port", "99999"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain('--port "99999": the port must be a whole number from 1 to 65535');
  });

  it("GIVEN an unknown option THEN it exits 2 naming it", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "host42", "--colour"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain("--colour");
  });

  it("GIVEN --answer with an unknown answer THEN it exits 2 and lists the valid answers", async () => {
    const term = scriptedTerminal();
    expect(
      await runCli(["diagnose", "host42", "--no-probe", "--answer", "since-when=yesterday"], term.io, deps),
    ).toBe(2);
    expect(term.stderr).toContain(
      'Unknown answer "yesterday" for question "since-when". Answers: always, suddenly.',
    );
  });

  it("GIVEN --answer with an unknown question THEN it exits 2 and lists the valid questions", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "host42", "--no-probe", "-a", "when=always"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain('Unknown question "when". Questions: since-when.');
  });

  it("GIVEN --answer twice for the same question THEN it exits 2 naming the question", async () => {
    const term = scriptedTerminal();
    const argv = ["diagnose", "host42", "--no-probe", "-a", "since-when=always", "-a", "since-when=suddenly"];
    expect(await runCli(argv, term.io, deps)).toBe(2);
    expect(term.stderr).toContain("--answer since-when is given twice");
  });

  it("GIVEN help for an unknown command THEN it exits 2 and lists the topics", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["help", "diagnosis"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain('no help for "diagnosis"; topics: diagnose, probe');
  });

  it("GIVEN --json --no-probe THEN the JSON carries schemaVersion 1 and says the probes did not run", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "host42", "--no-probe", "--json"], term.io, deps)).toBe(0);
    expect(JSON.parse(term.stdout)).toMatchObject({
      schemaVersion: 1,
      probing: { ran: false, because: "no-probe" },
    });
  });

  it("GIVEN --json THEN it asks nothing and prints causes best first with evidence and fixes", async () => {
    const term = scriptedTerminal(["must not be read"]);
    const code = await runCli(
      ["diagnose", "host42", "--no-probe", "--json", "--answer", "since-when=always"],
      term.io,
      deps,
    );
    expect(code).toBe(0);
    expect(term.prompts).toEqual([]);
    const output = JSON.parse(term.stdout);
    expect(output).toMatchObject({ host: "host42", port: 3389, findings: [] });
    expect(output.causes.map((c: { id: string }) => c.id)).toEqual(["firewall-blocked", "cert-expired"]);
    expect(output.causes[0].evidence.for).toEqual([
      { source: "answer", ref: "since-when=always", label: "Since when? Always", bits: 2 },
    ]);
    expect(output.causes[0].fixes[0].id).toBe("open-port");
    expect(output.causes[0].confidence + output.causes[1].confidence).toBeCloseTo(1, 3);
  });

  it("GIVEN a person at the terminal THEN questions are numbered and the diagnosis shows copyable commands", async () => {
    const term = scriptedTerminal(["7", "2", "q"]);
    expect(await runCli(["diagnose", "host42", "--no-probe"], term.io, deps)).toBe(0);
    expect(term.stdout).toContain("Question 1 of at most 6\nSince when?\n");
    expect(term.stdout).toContain("  2) Suddenly");
    expect(term.stderr).toContain("Please choose one of the options shown.");
    expect(term.stdout).toContain("1. Expired certificate  80%");
    expect(term.stdout).toMatch(/\n {13}Remove-Item cert\n/);
    expect(term.unusedAnswers).toEqual([]);
  });

  it("GIVEN a diagnosis at the terminal WHEN the user reports fix 1a did not help THEN the other cause leads", async () => {
    const term = scriptedTerminal(["2", "n 1a", "h", "q"]);
    expect(await runCli(["diagnose", "host42", "--no-probe"], term.io, deps)).toBe(0);
    // One "suddenly" (+2 bits) is not enough evidence, so the ranking is labelled a starting point.
    const afterFeedback = term.stdout.slice(term.stdout.lastIndexOf("Not enough evidence yet for host42"));
    expect(afterFeedback).toMatch(/1\. Firewall {2}\d+%/);
    // The handoff prints only what the screen does not show yet.
    const handoff = term.stdout.slice(term.stdout.lastIndexOf("Handoff from"));
    expect(handoff).toContain("Fixes tried:\n  • Renew it: did-not-help");
    expect(handoff).toContain("Try next: Open the port");
    expect(handoff).not.toContain("Probe evidence:");
    expect(handoff).not.toContain("Ranking:");
  });

  it("GIVEN no terminal and probing wanted THEN it does not probe without --yes and says so", async () => {
    const term = scriptedTerminal();
    const runProbes = async () => {
      throw new Error("must not probe without consent");
    };
    expect(await runCli(["diagnose", "host42"], term.io, { ...deps, createRunProbes: () => runProbes })).toBe(
      0,
    );
    expect(term.stderr).toContain("not probing, because nobody is here to consent");
    expect(term.stdout).toContain("Not enough evidence yet for host42 port 3389");
  });

  it("GIVEN the fixture flow directory THEN flows check reports it valid", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["flows", "check"], term.io, deps)).toBe(0);
    expect(term.stdout).toBe("ok  minimal v1: 2 causes, 1 questions, 2 findings");
  });

  it("GIVEN a directory without flows THEN flows check exits 2 and says so", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["flows", "check", import.meta.dirname], term.io, deps)).toBe(2);
    expect(term.stderr).toContain("no flow files (*.yaml) in this directory");
  });
});
