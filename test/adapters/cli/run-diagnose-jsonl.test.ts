import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliDependencies } from "../../../adapters/cli/cli-dependencies.js";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { jsonlOutputLineSchema } from "../../../adapters/cli/schemas/jsonl-output-line-schema.js";
import type { ProbeReport } from "../../../src/probes/probe-report.js";
import type { RunProbes } from "../../../src/runtime/conversation-runner.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const deps = {
  version: "9.9.9",
  defaultFlowDir: join(import.meta.dirname, "..", "..", "fixtures", "flows"),
  loadFlow: async () => flow,
};

/** Probes that "see" an expired certificate on 192.0.2.10, without a packet sent. */
const expiredCertProbes: RunProbes = async (request) => {
  const step = { step: "certificate" as const, status: "failed" as const, summary: "expired", durationMs: 1 };
  request.onStep?.(step);
  const at = "2026-01-01T00:00:00.000Z";
  const report: ProbeReport = {
    host: request.host,
    port: request.port,
    addresses: ["192.0.2.10"],
    steps: [step],
    findings: [{ id: "cert.expired", detail: "expired 2021-01-01", at }],
    startedAt: at,
    durationMs: 1,
  };
  return report;
};
const probingDeps = {
  ...deps,
  createRunProbes: () => expiredCertProbes,
  createTargetCheck: () => async () => ({ kind: "allowed" as const, addresses: ["192.0.2.10"] }),
};

/** Runs `diagnose --jsonl` with the lines a script would pipe in; every output line must fit the schema. */
async function jsonl(argv: string[], inputLines: unknown[], dependencies: CliDependencies = deps) {
  const term = scriptedTerminal(undefined, { inputLines });
  const code = await runCli(["diagnose", ...argv, "--jsonl"], term.io, dependencies);
  for (const line of term.jsonLines) expect(jsonlOutputLineSchema.safeParse(line).error).toBeUndefined();
  return { code, lines: term.jsonLines, stderr: term.stderr };
}

const causesOf = (line: Record<string, unknown> | undefined) =>
  (line?.causes ?? []) as Array<{ id: string; demoted?: true }>;

describe("rdp-fix diagnose --jsonl", () => {
  it("GIVEN an answer to the first question THEN the question, then the diagnosis come out as lines", async () => {
    const { code, lines } = await jsonl(
      ["192.0.2.10", "--no-probe"],
      [{ type: "answer", question: "since-when", answer: "always" }],
    );
    expect(code).toBe(0);
    expect(lines[0]).toEqual({
      schemaVersion: 1,
      type: "question",
      id: "since-when",
      text: "Since when?",
      answers: [
        { id: "always", label: "Always" },
        { id: "suddenly", label: "Suddenly" },
      ],
      number: 1,
      maxQuestions: 6,
    });
    expect(lines[1]).toMatchObject({
      type: "diagnosis",
      schemaVersion: 1,
      probing: { ran: false, because: "no-probe" },
      causes: [{ id: "firewall-blocked" }, { id: "cert-expired" }],
    });
  });

  it("GIVEN lines it cannot take THEN each gets an error line and the conversation goes on", async () => {
    const { code, lines } = await jsonl(
      ["192.0.2.10", "--no-probe"],
      [
        "{not json",
        { type: "dance" },
        { type: "answer", question: "since-when" },
        { type: "answer", question: "since-when", answer: "yesterday" },
        { type: "skip", question: "other-question" },
        { type: "feedback", fix: "1a", worked: false },
        { type: "skip", question: "since-when" },
      ],
    );
    expect(code).toBe(0);
    expect(lines.map((l) => l.type)).toEqual([
      "question",
      "error",
      "error",
      "error",
      "error",
      "error",
      "error",
      "diagnosis",
    ]);
    expect(lines.slice(1, 7).map((l) => l.message)).toEqual([
      "not JSON: send one JSON object per line",
      'unknown type "dance"; types: answer, skip, results, consent, feedback, rule-out, recheck, describe, correct, more, handoff, evidence',
      expect.stringContaining("answer: ✖ Invalid input"),
      'Unknown answer "yesterday" for question "since-when". Answers: always, suddenly.',
      'question "other-question" is not being asked: the question now is "since-when"',
      "feedback: there is no diagnosis yet",
    ]);
  });

  it("GIVEN probing wanted THEN it asks for consent, shows progress, and the diagnosis says the probes ran", async () => {
    const { code, lines } = await jsonl(["192.0.2.10"], [{ type: "consent", allow: true }], probingDeps);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ type: "consent", host: "192.0.2.10", port: 3389 });
    expect(lines.map((l) => l.type)).toContain("progress");
    const diagnosis = lines.find((l) => l.type === "diagnosis");
    expect(diagnosis).toMatchObject({ probing: { ran: true } });
    expect(causesOf(diagnosis)[0]?.id).toBe("cert-expired");
  });

  it("GIVEN --yes THEN it probes without a consent line", async () => {
    const { lines } = await jsonl(["192.0.2.10", "--yes"], [], probingDeps);
    expect(lines.map((l) => l.type)).not.toContain("consent");
    expect(lines.find((l) => l.type === "diagnosis")).toMatchObject({ probing: { ran: true } });
  });

  it("GIVEN a probed diagnosis WHEN a recheck line comes after the server was fixed THEN the solved line carries the proof", async () => {
    let runs = 0;
    // The first run sees the expired certificate; by the second the admin has renewed it.
    const fixedAfterFirstRun: RunProbes = async (request) => {
      runs += 1;
      const report = await expiredCertProbes(request);
      return runs === 1 ? report : { ...report, findings: [] };
    };
    const { lines } = await jsonl(
      ["192.0.2.10", "--yes"],
      [
        { type: "recheck", fix: "9z" },
        { type: "recheck", fix: "1a" },
      ],
      { ...probingDeps, createRunProbes: () => fixedAfterFirstRun },
    );
    expect(lines.find((l) => l.type === "error")).toMatchObject({
      message: 'recheck: the last diagnosis has no fix "9z"',
    });
    expect(runs).toBe(2);
    expect(lines.at(-1)).toMatchObject({
      type: "solved",
      causeId: "cert-expired",
      fixId: "renew",
      proof: {
        verdict: "fixed",
        rows: [{ findingId: "cert.expired", before: "expired 2021-01-01" }],
      },
    });
  });

  it("GIVEN a diagnosis WHEN fix 1a did not help, then more and a handoff THEN each comes back as a line", async () => {
    const { lines } = await jsonl(
      ["192.0.2.10", "--no-probe", "-a", "since-when=always"],
      [
        { type: "feedback", fix: "1a", worked: false },
        { type: "feedback", fix: "9z", worked: true },
        { type: "more" },
        { type: "handoff" },
      ],
    );
    expect(lines[0]).toMatchObject({ type: "diagnosis" });
    expect(causesOf(lines[0])[0]?.id).toBe("firewall-blocked");
    expect(lines[1]).toMatchObject({ type: "diagnosis", stoppedBecause: "feedback" });
    expect(causesOf(lines[1]).at(-1)).toMatchObject({
      id: "firewall-blocked",
      demoted: true,
    });
    expect(lines[2]).toEqual({
      schemaVersion: 1,
      type: "error",
      message: 'feedback: the last diagnosis has no fix "9z"',
    });
    expect(lines.at(-1)).toMatchObject({ type: "handoff", host: "192.0.2.10", text: expect.any(String) });
  });

  it("GIVEN a target the policy refuses and --yes THEN a notice says why, the diagnosis carries it and it exits 2", async () => {
    const refusing = {
      ...probingDeps,
      createTargetCheck: () => async () => ({
        kind: "denied" as const,
        code: "always-denied" as const,
        reason: "169.254.169.254 is link-local and never probed",
        addresses: [],
      }),
    };
    const { code, lines, stderr } = await jsonl(
      ["169.254.169.254", "--yes"],
      [{ type: "results" }],
      refusing,
    );
    expect(code).toBe(2);
    expect(stderr).toContain("Not probing: 169.254.169.254 is link-local");
    expect(lines[0]).toMatchObject({ type: "notice", text: expect.stringContaining("Not probing:") });
    expect(lines.find((l) => l.type === "diagnosis")).toMatchObject({
      probing: { ran: false, because: "refused", refused: { code: "always-denied" } },
    });
  });

  it("GIVEN --json and --jsonl together THEN it exits 2", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["diagnose", "192.0.2.10", "--json", "--jsonl"], term.io, deps)).toBe(2);
    expect(term.stderr).toContain("--json and --jsonl exclude each other");
  });
});
