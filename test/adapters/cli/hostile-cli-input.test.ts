import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { jsonlOutputLineSchema } from "../../../adapters/cli/schemas/jsonl-output-line-schema.js";
import { maxQuotedInput } from "../../../src/errors/quote-input.js";
import { defaultFlowDir } from "../../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = await loadDefaultFlow(defaultFlowDir());
const deps = { version: "9.9.9", defaultFlowDir: defaultFlowDir(), loadFlow: async () => flow };
const root = join(import.meta.dirname, "..", "..", "..");

/** `levels` arrays inside one another: parses, but JSON.stringify of it overflows the stack. */
const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
/** "~" is in no id or word of the flow, so every "~" in an error message is quoted input. */
const megabyte = "~".repeat(1024 * 1024);
const quotedLength = (message: string) => (message.match(/~/g) ?? []).length;

async function jsonl(inputLines: unknown[]) {
  const term = scriptedTerminal(undefined, { inputLines });
  const code = await runCli(["diagnose", "192.0.2.10", "--no-probe", "--jsonl"], term.io, deps);
  const lines = term.jsonLines;
  for (const line of lines) expect(jsonlOutputLineSchema.safeParse(line).error).toBeUndefined();
  return { code, lines, errors: lines.filter((l) => l.type === "error").map((l) => String(l.message)) };
}

describe("diagnose --jsonl against hostile lines", () => {
  it("GIVEN lines nested 5,000 deep (an unknown type, an evidence report) THEN each gets an error line and the conversation goes on", async () => {
    const deep = nested(5000);
    const { code, lines, errors } = await jsonl([
      deep,
      `{"type":${deep}}`,
      `{"type":"evidence","report":{"a":${deep}}}`,
      { type: "results" },
    ]);
    expect(code).toBe(0);
    expect(errors).toHaveLength(3);
    for (const message of errors) expect(message).toMatch(/nests objects or arrays more than 32 deep/);
    expect(lines.at(-1)?.type).toBe("diagnosis");
  });

  it("GIVEN a line longer than any input line THEN it is refused unread with an error line", async () => {
    const { code, errors } = await jsonl([
      JSON.stringify({ type: "dance", pad: megabyte }),
      { type: "results" },
    ]);
    expect(code).toBe(0);
    expect(errors).toEqual([expect.stringMatching(/^the line is longer than 262144 characters/)]);
  });

  it("GIVEN a megabyte of input inside a line THEN the error line quotes at most ~200 characters of it", async () => {
    const { errors } = await jsonl([
      { type: megabyte.slice(0, 200_000) },
      { type: "answer", question: megabyte.slice(0, 200_000), answer: "a" },
      { type: "skip", question: megabyte.slice(0, 200_000) },
      { type: "results" },
      { type: "rule-out", cause: megabyte.slice(0, 200_000) },
    ]);
    expect(errors).toHaveLength(4);
    for (const message of errors) {
      expect(quotedLength(message)).toBe(maxQuotedInput);
      expect(message).toContain(`"${"~".repeat(maxQuotedInput)}…"`);
    }
  });

  it("GIVEN a diagnosis without probes WHEN a recheck line comes THEN the advice is a terminal command, not a chat one", async () => {
    const { code, errors } = await jsonl([{ type: "results" }, { type: "recheck", fix: "1a" }]);
    expect(code).toBe(0);
    expect(errors).toEqual([
      "recheck: The probes did not run for this diagnosis, so there is nothing to compare with. Run `rdp-fix diagnose 192.0.2.10` again and let it probe (with --yes where nothing can ask).",
    ]);
  });

  it("GIVEN a line nested 5,000 deep piped into the real process THEN it answers an error line and exits 0, no stack trace", async () => {
    const input = [nested(5000), `{"type":${nested(5000)}}`, JSON.stringify({ type: "results" })].join("\n");
    const result = await execa(
      "node",
      ["--import", "tsx", "bin/cli.ts", "diagnose", "192.0.2.10", "--no-probe", "--jsonl"],
      {
        cwd: root,
        reject: false,
        input: `${input}\n`,
        env: { RDP_FIX_DATA_DIR: await mkdtemp(join(tmpdir(), "rdp-fix-hostile-")) },
      },
    );
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(result.exitCode).toBe(0);
    const types = result.stdout.split("\n").map((line) => JSON.parse(line).type);
    expect(types).toEqual(["question", "error", "error", "diagnosis"]);
  });
});

describe("the terminal against hostile input", () => {
  it("GIVEN a diagnosis without probes WHEN the person types c 1a THEN it says which rdp-fix command probes, and asks again", async () => {
    const term = scriptedTerminal(["r", "c 1a", "q"]);
    expect(await runCli(["diagnose", "192.0.2.10", "--no-probe"], term.io, deps)).toBe(0);
    expect(term.stderr).toContain("Run `rdp-fix diagnose 192.0.2.10` again and let it probe");
    expect(`${term.stdout}\n${term.stderr}`).not.toContain("/rdp-fix");
    expect(term.unusedAnswers).toEqual([]);
  });

  it.each([
    ["an unknown command", [megabyte]],
    ["an unknown option", ["diagnose", "host42", `--${megabyte}`]],
    ["an extra argument", ["probe", "host42", megabyte]],
    ["a bad host", ["probe", megabyte]],
    ["a bad --answer", ["diagnose", "host42", "--no-probe", "--json", "--answer", megabyte]],
    [
      "an unknown question in --answer",
      ["diagnose", "host42", "--no-probe", "--json", "-a", `${"q".repeat(1e6)}=x`],
    ],
    [
      "an --answer given twice",
      ["diagnose", "host42", "--no-probe", "-a", `${"q".repeat(1e6)}=x`, "-a", `${"q".repeat(1e6)}=y`],
    ],
    ["a bad --since", ["audit", "--since", megabyte]],
  ])(
    "GIVEN %s of a megabyte THEN the error quotes at most ~200 characters of it (exit 2)",
    async (_, argv) => {
      const term = scriptedTerminal();
      expect(await runCli(argv, term.io, deps)).toBe(2);
      expect(term.stderr.length).toBeGreaterThan(0);
      // The words around the quote (a usage line, the valid ids) are short; a megabyte echoed back is not.
      expect(term.stderr.length).toBeLessThan(2000);
      expect(quotedLength(term.stderr)).toBeLessThanOrEqual(maxQuotedInput);
    },
  );
});
