import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { diagnosisJsonSchema } from "../../../adapters/cli/schemas/diagnosis-json-schema.js";
import { jsonlOutputLineSchema } from "../../../adapters/cli/schemas/jsonl-output-line-schema.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = shippedFlow();
const deps = {
  version: "9.9.9",
  defaultFlowDir: join(import.meta.dirname, "..", "..", "..", "flows"),
  loadFlow: async () => flow,
};

async function jsonl(argv: string[], inputLines: unknown[]) {
  const term = scriptedTerminal(undefined, { inputLines });
  const code = await runCli(["diagnose", ...argv, "--jsonl"], term.io, deps);
  for (const line of term.jsonLines) expect(jsonlOutputLineSchema.safeParse(line).error).toBeUndefined();
  return { code, lines: term.jsonLines };
}

describe("rdp-fix diagnose --describe and the describe line", () => {
  it("GIVEN --describe with --json THEN the facts read answer their questions and the JSON says what was read", async () => {
    const term = scriptedTerminal();
    const code = await runCli(
      ["diagnose", "10.0.0.5", "--no-probe", "--json", "--describe", "the server was renamed; not only me"],
      term.io,
      deps,
    );
    expect(code).toBe(0);
    const json = JSON.parse(term.stdout);
    expect(diagnosisJsonSchema.safeParse(json).error).toBeUndefined();
    expect(
      json.reading.facts.map((f: { question: string; answer: string }) => `${f.question}=${f.answer}`),
    ).toEqual(["recent-change=renamed", "who-affected=everyone"]);
    expect(json.reading.text).toMatch(/^From your message: /);
    expect(json.causes[0].id).toBe("cert-stale-name");
  });

  it("GIVEN --describe with --jsonl THEN a reading line comes before the first question, which is not one it answered", async () => {
    const { lines } = await jsonl(
      ["10.0.0.5", "--no-probe", "--describe", "only fails over the VPN since Monday"],
      [{ type: "results" }],
    );
    expect(lines[0]?.type).toBe("reading");
    expect(lines[1]?.type).toBe("question");
    expect(["network-path", "since-when"]).not.toContain(lines[1]?.id);
  });

  it("GIVEN a describe line mid-conversation and then a correction THEN the fact is read, then forgotten and its question asked", async () => {
    const { lines } = await jsonl(
      ["10.0.0.5", "--no-probe"],
      [
        { type: "describe", text: "works by IP, fails by name" },
        { type: "correct", question: "by-ip" },
        { type: "answer", question: "by-ip", answer: "same-failure" },
        { type: "results" },
      ],
    );
    const reading = lines.find((l) => l.type === "reading");
    expect(reading?.facts).toEqual([
      expect.objectContaining({ question: "by-ip", answer: "ip-works", words: "works by ip" }),
    ]);
    const reasked = lines.find((l) => l.type === "question" && l.id === "by-ip");
    expect(reasked?.readAs).toEqual(expect.objectContaining({ answerId: "ip-works" }));
    const diagnosis = lines.findLast((l) => l.type === "diagnosis");
    const why = (
      (diagnosis?.causes ?? []) as Array<{
        evidence: { for: Array<{ ref: string }>; against: Array<{ ref: string }> };
      }>
    )
      .flatMap((c) => [...c.evidence.for, ...c.evidence.against])
      .map((e) => e.ref);
    expect(why).toContain("by-ip=same-failure");
    expect(why).not.toContain("by-ip=ip-works");
  });

  it("GIVEN an interactive terminal with --describe THEN it prints what was read and `e1` asks that question again", async () => {
    const term = scriptedTerminal(["e1", "2", "r", "q"]);
    const code = await runCli(
      ["diagnose", "host42", "--no-probe", "--describe", "since yesterday"],
      term.io,
      deps,
    );
    expect(code).toBe(0);
    expect(term.stdout).toContain(
      'From your message: "since yesterday": Has this connection ever worked, and how did it stop? It worked until recently and then stopped at once.',
    );
    expect(term.stdout).toContain(
      "Read from your message before: It worked until recently and then stopped at once",
    );
  });
});
