import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { jsonlOutputLineSchema } from "../../../adapters/cli/schemas/jsonl-output-line-schema.js";
import { defaultFlowDir } from "../../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";
import { encodeServerReport } from "../../../src/server-report/encode-server-report.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flow = await loadDefaultFlow(defaultFlowDir());
const deps = { version: "9.9.9", defaultFlowDir: defaultFlowDir(), loadFlow: async () => flow };
const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "server-reports");
const reportJson = (cause: string) => JSON.parse(readFileSync(join(fixtures, `${cause}.json`), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "rdp-fix-evidence-"));
const lineFile = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("rdp-fix diagnose with a server report", () => {
  it("GIVEN --evidence with the RDPFIX1 line THEN --json ranks with the report's facts", async () => {
    const term = scriptedTerminal();
    const file = lineFile("key.txt", `${encodeServerReport(reportJson("cert-private-key"))}\n`);
    const code = await runCli(
      ["diagnose", "host42", "--no-probe", "--json", "--evidence", file],
      term.io,
      deps,
    );
    expect(code).toBe(0);
    const out = JSON.parse(term.stdout);
    expect(out.causes[0].id).toBe("cert-private-key");
    expect(out.findings.map((f: { id: string }) => f.id)).toContain("server.cert-key-unusable");
  });

  it("GIVEN --evidence with the plain JSON THEN it counts the same", async () => {
    const term = scriptedTerminal();
    const file = join(fixtures, "firewall-blocked.json");
    expect(await runCli(["diagnose", "host42", "--no-probe", "--json", "-e", file], term.io, deps)).toBe(0);
    expect(JSON.parse(term.stdout).causes[0].id).toBe("firewall-blocked");
  });

  it.each([
    [
      "a tampered line",
      () => lineFile("bad.txt", encodeServerReport(reportJson("healthy")).replace("RDPFIX1:", "RDPFIX2:")),
      /version 2/,
    ],
    [
      "a truncated line",
      () => lineFile("cut.txt", encodeServerReport(reportJson("healthy")).slice(0, 99)),
      /incomplete/,
    ],
    ["garbage", () => lineFile("junk.txt", "hello"), /not a server report/],
    ["a missing file", () => join(dir, "nothing-here.txt"), /no such file/],
  ])(
    "GIVEN --evidence with %s THEN it exits 2 with what is wrong and nothing is diagnosed",
    async (_, file, message) => {
      const term = scriptedTerminal();
      const code = await runCli(
        ["diagnose", "host42", "--no-probe", "--json", "--evidence", file()],
        term.io,
        deps,
      );
      expect(code).toBe(2);
      expect(term.stderr).toMatch(message);
      expect(term.stdout).toBe("");
    },
  );

  it.each(["/dev/zero", "/dev/urandom"])(
    "GIVEN --evidence %s (stat says 0 bytes, reading never ends) THEN it stops at the 256 KiB cap and exits 2",
    async (device) => {
      const term = scriptedTerminal();
      const started = performance.now();
      const code = await runCli(
        ["diagnose", "host42", "--no-probe", "--json", "--evidence", device],
        term.io,
        deps,
      );
      expect(code).toBe(2);
      expect(term.stderr).toContain(
        `${device}: it holds more than 262144 bytes; a report is a few kilobytes`,
      );
      expect(term.stdout).toBe("");
      // Reading a gigabyte took seconds; reading 256 KiB takes milliseconds.
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );

  it("GIVEN --evidence with a regular file over the cap THEN it exits 2 the same way", async () => {
    const term = scriptedTerminal();
    const file = lineFile("big.txt", "A".repeat(256 * 1024 + 1));
    expect(await runCli(["diagnose", "host42", "--no-probe", "--json", "-e", file], term.io, deps)).toBe(2);
    expect(term.stderr).toContain("it holds more than 262144 bytes");
  });

  it("GIVEN the terminal conversation WHEN the person types p and pastes the line THEN the reply says what moved", async () => {
    const line = encodeServerReport(reportJson("rdp-service-down"));
    const term = scriptedTerminal(["p", "not a report", "p", line, "q"]);
    expect(await runCli(["diagnose", "host42", "--no-probe"], term.io, deps)).toBe(0);
    expect(term.stderr).toContain("That report cannot be used: this is not a server report");
    expect(term.stdout).toMatch(/Server report added: HOST42 .*rdp-service-down: \d+% -> \d+%, now first/);
    expect(term.prompts.filter((p) => p.startsWith("Paste the RDPFIX1: line"))).toHaveLength(2);
  });

  it("GIVEN --jsonl WHEN an evidence line comes in THEN a notice says what moved; a bad one gets an error line", async () => {
    const term = scriptedTerminal(undefined, {
      inputLines: [
        { type: "evidence", report: "RDPFIX1:AAAA" },
        { type: "evidence", report: reportJson("security-layer-rdp-only") },
        { type: "results" },
      ],
    });
    expect(await runCli(["diagnose", "host42", "--no-probe", "--jsonl"], term.io, deps)).toBe(0);
    const lines = term.jsonLines;
    for (const l of lines) expect(jsonlOutputLineSchema.safeParse(l).error).toBeUndefined();
    expect(lines.find((l) => l.type === "error")?.message).toMatch(
      /^evidence: the report line does not hold gzip data/,
    );
    expect(
      lines.find((l) => l.type === "notice" && String(l.text).startsWith("Server report added")),
    ).toBeDefined();
    const diagnosis = lines.filter((l) => l.type === "diagnosis").at(-1);
    expect(((diagnosis?.causes ?? []) as Array<{ id: string }>)[0]?.id).toBe("security-layer-rdp-only");
  });
});
