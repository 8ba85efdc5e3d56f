import { mkdtemp, open, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { runFlowsCheck } from "../../../adapters/cli/run-flows-check.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const root = join(import.meta.dirname, "..", "..", "..");

/** "Billion laughs": nine anchors, each a list of nine aliases of the one before, 9^9 nodes expanded. */
function aliasBomb(): string {
  const names = "abcdefghi".split("");
  return names
    .map((name, i) => {
      const items = i === 0 ? Array(9).fill('"lol"') : Array(9).fill(`*${names[i - 1]}`);
      return `${name}: &${name} [${items.join(", ")}]`;
    })
    .join("\n");
}

async function dirWith(name: string, write: (path: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "rdp-fix-flows-"));
  await write(join(dir, name));
  return dir;
}

describe("rdp-fix flows check against hostile flow files", () => {
  it("GIVEN an alias bomb THEN it exits 2 naming the file, the line of the first alias and maxAliasCount", async () => {
    const dir = await dirWith("bomb.yaml", (path) => writeFile(path, aliasBomb()));
    const term = scriptedTerminal();
    expect(await runFlowsCheck(dir, term.io)).toBe(2);
    expect(term.stderr).toMatch(
      /bomb\.yaml:2:\d+ YAML: the aliases expand to more than maxAliasCount \(100\) nodes/,
    );
    expect(term.stderr).toContain("1 problem in 1 flow file(s).");
  });

  it("GIVEN a 6 MiB flow file THEN it exits 2 with the size and the limit, without reading the file", async () => {
    const dir = await dirWith("huge.yaml", async (path) => {
      const handle = await open(path, "w");
      await handle.truncate(6 * 1024 * 1024);
      await handle.close();
    });
    const term = scriptedTerminal();
    expect(await runFlowsCheck(dir, term.io)).toBe(2);
    expect(term.stderr).toMatch(
      /huge\.yaml the file is 6\.0 MiB, over the 1\.0 MiB limit for a flow file \(maxFlowFileBytes\); not read/,
    );
  });

  it("GIVEN the alias bomb and a huge file THEN the real command line exits 2 with both problems", async () => {
    const dir = await dirWith("bomb.yaml", (path) => writeFile(path, aliasBomb()));
    await writeFile(join(dir, "huge.yml"), `# ${"x".repeat(6 * 1024 * 1024)}\n`);
    const result = await execa("node", ["--import", "tsx", "bin/cli.ts", "flows", "check", dir], {
      cwd: root,
      reject: false,
      stdin: "ignore",
      env: { RDP_FIX_DATA_DIR: dir },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("maxAliasCount (100)");
    expect(result.stderr).toContain("over the 1.0 MiB limit for a flow file");
    expect(result.stderr).toContain("2 problems in 2 flow file(s).");
    expect(result.stderr).not.toContain("ReferenceError");
  }, 30_000);
});
