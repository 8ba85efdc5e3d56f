import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import type { AuditEntry } from "../../../src/state/audit-entry.js";
import { SqliteStateStore } from "../../../src/state/sqlite-state-store.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const dir = mkdtempSync(join(tmpdir(), "rdp-fix-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** The three kinds of probe entry the bot writes, and one from last week; appended out of time order. */
const entries: AuditEntry[] = [
  {
    at: hoursAgo(1),
    action: "probe",
    actor: "U1",
    platform: "slack",
    conversation: "slack:T1:C1:1700000000.000100",
    target: "host42",
    outcome: "finished",
    details: {
      port: 3389,
      durationMs: 4200,
      summary: "TLS handshake failed",
      findings: ["tls.handshake-failed"],
    },
  },
  {
    at: hoursAgo(3),
    action: "probe",
    actor: "U1",
    platform: "slack",
    conversation: "slack:T1:C1:1700000000.000100",
    target: "host42",
    outcome: "allowed",
    details: { port: 3389, channel: "C1", addresses: ["10.0.0.5"] },
  },
  {
    at: hoursAgo(2),
    action: "probe",
    actor: "222222222222222222",
    platform: "discord",
    conversation: "discord:333333333333333333",
    target: "2001:db8::7",
    outcome: "refused",
    details: { port: 3390, reason: "rate-limit:user", retryAt: hoursAgo(1.5) },
  },
  {
    at: hoursAgo(24 * 3),
    action: "probe",
    actor: "U3",
    platform: "slack",
    target: "old-host",
    outcome: "finished",
    details: { port: 3389, durationMs: 900, summary: "reachable" },
  },
];

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");

async function seededStore() {
  const store = SqliteStateStore.open(join(dir, `db-${++files}`, "rdp-fix.sqlite"));
  for (const entry of entries) await store.appendAudit(entry);
  return store;
}

async function audit(...args: string[]) {
  const term = scriptedTerminal();
  const store = await seededStore();
  const deps = {
    version: "9.9.9",
    defaultFlowDir: dir,
    loadFlow: async () => flow,
    openStore: async () => store,
  };
  const code = await runCli(["audit", ...args], term.io, deps);
  return { code, term, json: () => JSON.parse(term.stdout) as AuditEntry[] };
}

describe("rdp-fix audit", () => {
  it("GIVEN no options THEN it prints the last 24 hours as a table, oldest first, with reasons and durations", async () => {
    const { code, term } = await audit();
    expect(code).toBe(0);
    const lines = term.stdout.split("\n");
    expect(lines[0]).toMatch(/^TIME\s+OUTCOME\s+WHO\s+PLATFORM\s+TARGET\s+REASON \/ DURATION$/);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/)[1])).toEqual(["allowed", "refused", "finished"]);
    expect(lines[1]).toContain("host42:3389");
    expect(lines[1]).toContain("10.0.0.5");
    expect(lines[2]).toMatch(
      /222222222222222222\s+discord\s+\[2001:db8::7\]:3390\s+rate-limit:user, retry at /,
    );
    expect(lines[3]).toContain("4.2 s, TLS handshake failed");
    expect(term.stdout).not.toContain("old-host");
  });

  it("GIVEN --json --user THEN it prints one JSON array of that user's entries, newest last, every field kept", async () => {
    const { code, json } = await audit("--json", "--user", "U1");
    expect(code).toBe(0);
    expect(json().map((e) => e.outcome)).toEqual(["allowed", "finished"]);
    expect(json()[1]).toEqual(entries[0]);
  });

  it("GIVEN --host THEN only that target, as typed, is listed", async () => {
    const { json } = await audit("--host", "2001:db8::7", "--json");
    expect(json()).toEqual([entries[2]]);
  });

  it.each([
    [["--since", "7d"], 4],
    [["--since", "150m"], 2],
    [["--since", hoursAgo(2.5)], 2],
    [["--since", "2000-01-01"], 4],
  ])("GIVEN %j THEN %d entries are listed", async (args, count) => {
    const { code, json } = await audit(...args, "--json");
    expect(code).toBe(0);
    expect(json()).toHaveLength(count);
  });

  it("GIVEN filters that match nothing THEN the table says so and the JSON is an empty array", async () => {
    expect((await audit("--user", "U9")).term.stdout).toBe("No audit entries match.");
    expect((await audit("--user", "U9", "--json")).json()).toEqual([]);
  });

  it.each([
    [["--since", "yesterday"], '--since "yesterday" must be a duration'],
    [["--since", "0h"], '--since "0h" must be a duration'],
    [["--since", "2024-13-45"], '--since "2024-13-45" must be a duration'],
    [["--since"], "--since"],
    [["--user", ""], "--user needs a value"],
    [["--colour"], "--colour"],
    [["host42"], 'unexpected argument "host42"'],
  ])("GIVEN %j THEN it exits 2 with the usage hint", async (args, message) => {
    const { code, term } = await audit(...args);
    expect(code).toBe(2);
    expect(term.stderr).toContain(message);
    expect(term.stderr).toContain('Run "rdp-fix help audit" for usage.');
  });

  it("GIVEN a store that cannot be opened THEN it exits 1 saying why, and lists nothing", async () => {
    const term = scriptedTerminal();
    const openStore = async () => {
      throw new Error("SQLITE_CANTOPEN: /data is read-only");
    };
    const deps = { version: "9.9.9", defaultFlowDir: dir, loadFlow: async () => flow, openStore };
    expect(await runCli(["audit"], term.io, deps)).toBe(1);
    expect(term.stderr).toContain("the state store could not be opened: SQLITE_CANTOPEN");
    expect(term.stdout).toBe("");
  });

  it("GIVEN no store at all THEN it exits 1 rather than list an empty memory store", async () => {
    const term = scriptedTerminal();
    expect(
      await runCli(["audit"], term.io, { version: "9.9.9", defaultFlowDir: dir, loadFlow: async () => flow }),
    ).toBe(1);
  });

  it("GIVEN --help THEN it explains the options", async () => {
    const { code, term } = await audit("--help");
    expect(code).toBe(0);
    expect(term.stdout).toContain("--since WHEN");
    expect(term.stdout).toContain("default 24h");
  });
});
