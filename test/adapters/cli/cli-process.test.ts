import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { jsonlOutputLineSchema } from "../../../adapters/cli/schemas/jsonl-output-line-schema.js";
import { SqliteStateStore } from "../../../src/state/sqlite-state-store.js";

const root = join(import.meta.dirname, "..", "..", "..");
/** Each run keeps its state here, never in the working directory's ./data. */
const dataDir = await mkdtemp(join(tmpdir(), "rdp-fix-cli-"));
/** The real entry point, as `npm run rdp-fix` runs it: a separate process with real pipes. */
const rdpFix = (args: string[]) =>
  execa("node", ["--import", "tsx", "bin/cli.ts", ...args], {
    cwd: root,
    reject: false,
    stdin: "ignore",
    env: { RDP_FIX_DATA_DIR: dataDir },
  });

describe("rdp-fix as a process", () => {
  it("GIVEN diagnose --jsonl over pipes THEN each line it reads gets lines back, every one fitting the schema", async () => {
    const input = [
      { type: "answer", question: "error-shown", answer: "code-0x904" },
      "this is not json",
      { type: "results" },
      { type: "feedback", fix: "1a", worked: false },
    ]
      .map((line) => (typeof line === "string" ? line : JSON.stringify(line)))
      .join("\n");
    const result = await execa(
      "node",
      ["--import", "tsx", "bin/cli.ts", "diagnose", "192.0.2.10", "--no-probe", "--jsonl"],
      {
        cwd: root,
        reject: false,
        input: `${input}\n`,
        env: { RDP_FIX_DATA_DIR: dataDir },
      },
    );
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split("\n").map((line) => JSON.parse(line));
    for (const line of lines) expect(jsonlOutputLineSchema.safeParse(line).error).toBeUndefined();
    expect(lines.map((line) => line.type)).toEqual([
      "question",
      "question",
      "error",
      "diagnosis",
      "diagnosis",
    ]);
    expect(lines[0].id).toBe("error-shown");
    expect(lines[3].stoppedBecause).toBe("asked-for-results");
    expect(lines[4].stoppedBecause).toBe("feedback");
  });

  it("GIVEN diagnose --no-probe --json THEN it prints the diagnosis JSON with the named evidence", async () => {
    const result = await rdpFix([
      "diagnose",
      "host42",
      "--no-probe",
      "--json",
      "--answer",
      "error-shown=code-0x904",
      "--answer",
      "recent-change=renamed",
    ]);
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.host).toBe("host42");
    expect(output.causes[0].id).toBe("cert-stale-name");
    expect(output.causes[0].evidence.for.map((e: { ref: string }) => e.ref)).toContain(
      "recent-change=renamed",
    );
    expect(output.causes[0].fixes[0].steps.length).toBeGreaterThan(0);
  });

  it("GIVEN no terminal and no --json THEN it asks nothing and prints a readable diagnosis", async () => {
    const result = await rdpFix(["diagnose", "host42", "--no-probe", "-a", "error-shown=credssp"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Diagnosis for host42 port 3389/);
    expect(result.stdout).toMatch(/1\. .*CredSSP/);
  });

  it("GIVEN a broken flow directory THEN flows check exits 2 with a located message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "rdp-fix-flows-"));
    await writeFile(
      join(dir, "broken.yaml"),
      "id: Broken Flow\ntitle: x\nversion: 1\ntriggers: {}\ncauses: []\n",
    );
    const result = await rdpFix(["flows", "check", dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("broken.yaml:1:5 id: must be kebab-case");
    expect(result.stderr).toContain("broken.yaml:5:9 causes: Too small: expected array to have >=1 items");
  });

  it("GIVEN a missing host THEN it exits 2 and points at the help", async () => {
    const result = await rdpFix(["diagnose"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("missing <host>: rdp-fix diagnose <host>");
    expect(result.stderr).toContain('Run "rdp-fix help diagnose" for usage.');
  });

  it("GIVEN a diagnosis in the terminal THEN its session is kept in the SQLite file in RDP_FIX_DATA_DIR", async () => {
    const before = await sessionsIn(dataDir);
    const result = await rdpFix(["diagnose", "host42", "--no-probe", "--json"]);
    expect(result.exitCode).toBe(0);
    expect(await sessionsIn(dataDir)).toBe(before + 1);
  });
});

async function sessionsIn(dir: string): Promise<number> {
  const store = await SqliteStateStore.open(join(dir, "rdp-fix.sqlite"));
  try {
    return (await store.countSessions("diagnosed")) + (await store.countSessions("asking"));
  } finally {
    await store.close();
  }
}
