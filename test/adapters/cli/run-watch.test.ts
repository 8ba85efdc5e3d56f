import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CliDependencies } from "../../../adapters/cli/cli-dependencies.js";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { readConfig } from "../../../src/runtime/read-config.js";
import { watchConfigSection } from "../../../src/runtime/watch-config-section.js";
import { SqliteStateStore } from "../../../src/state/sqlite-state-store.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const flowDir = join(import.meta.dirname, "..", "..", "..", "flows");
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The demo server with an expired certificate, and the terminal's dependencies on one SQLite file, fenced to it. */
async function setUp(env: Record<string, string> = {}) {
  const fault = findDemoFault("expired-cert");
  if (!fault) throw new Error("the demo has no expired-cert fault");
  const rdp: FakeRdpServer = await startFakeRdpServer({
    confirm: fault.confirm,
    afterConfirm: fault.afterConfirm(),
  });
  const dir = mkdtempSync(join(tmpdir(), "rdp-fix-watch-"));
  const path = join(dir, "rdp-fix.sqlite");
  cleanups.push(async () => {
    await rdp.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    allowedPorts: [rdp.port],
  });
  const deps: CliDependencies = {
    version: "9.9.9",
    defaultFlowDir: flowDir,
    loadFlow: () => loadDefaultFlow(flowDir),
    createRunProbes: () => createProbeRunner({ policy, budgetMs: 3000 }),
    createTargetCheck: () => createTargetCheck(policy),
    openStore: async () => SqliteStateStore.open(path),
    watchSettings: () => readConfig(env, { watch: watchConfigSection }).watch,
  };
  const cli = async (...argv: string[]) => {
    const term = scriptedTerminal();
    const code = await runCli(["watch", ...argv], term.io, deps);
    return { code, stdout: term.stdout, stderr: term.stderr };
  };
  const audit = async () => {
    const store = SqliteStateStore.open(path);
    try {
      return await store.listAudit();
    } finally {
      await store.close();
    }
  };
  return { rdp, cli, audit };
}

describe("rdp-fix watch", () => {
  it("GIVEN bad input THEN exit 2 with what is wrong: host, port, interval below RDP_FIX_WATCH_MIN_INTERVAL, report-to, a target the policy refuses, an unwatched host", async () => {
    const { cli, rdp } = await setUp({ RDP_FIX_WATCH_MIN_INTERVAL: "10m" });
    const cases: Array<[string[], RegExp]> = [
      [["add", "bad host!"], /bad host/],
      [["add", "127.0.0.1", "--port", "0"], /port must be a whole number/],
      [
        ["add", "127.0.0.1", "--port", String(rdp.port), "--every", "5m"],
        /at least 10m \(RDP_FIX_WATCH_MIN_INTERVAL\)/,
      ],
      [["add", "127.0.0.1", "--every", "soon"], /--every .* must be a duration/],
      [["add", "127.0.0.1", "--report-to", "no colon here"], /--report-to .* must be PLATFORM:CONVERSATION/],
      [["add", "127.0.0.1", "--port", "3390"], /Not probing: .*RDP_FIX_ALLOWED_PORTS/],
      [["remove", "127.0.0.1", "--port", String(rdp.port)], /is not watched/],
      [["frobnicate"], /unknown watch command/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await cli(...argv);
      expect([argv.join(" "), code]).toEqual([argv.join(" "), 2]);
      expect(stderr).toMatch(message);
    }
    const badConfig = await setUp({ RDP_FIX_WATCH_CERT_DAYS: "0" });
    const { code, stderr } = await badConfig.cli("list");
    expect(code).toBe(2);
    expect(stderr).toMatch(/RDP_FIX_WATCH_CERT_DAYS must be a whole number/);
  });

  it("GIVEN a watch on the expired-certificate server and two `watch run` at once THEN it is checked once, the alert with its fix printed once; a third run finds nothing due", async () => {
    const { cli, rdp, audit } = await setUp();
    const added = await cli("add", "127.0.0.1", "--port", String(rdp.port), "--every", "6h");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Watching 127\.0\.0\.1:\d+ every 6h/);
    const listed = await cli("list", "--json");
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({
        host: "127.0.0.1",
        port: rdp.port,
        intervalMs: 6 * 3_600_000,
        reportTo: null,
        lastCheckedAt: null,
      }),
    ]);

    const runs = await Promise.all([cli("run"), cli("run")]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const printed = runs.map((r) => r.stdout).join("\n");
    expect(printed.match(/the RDP certificate expired on 2021-01-01/g)).toHaveLength(1);
    expect(printed).toContain('Stop-Service -Name "SessionEnv"; Start-Service -Name "SessionEnv"');
    const finished = (await audit()).filter((e) => e.outcome === "finished");
    expect(finished).toEqual([
      expect.objectContaining({
        action: "probe",
        platform: "watch",
        target: "127.0.0.1",
        details: expect.objectContaining({ port: rdp.port }),
      }),
    ]);

    const again = await cli("run");
    expect([again.code, again.stdout, again.stderr]).toEqual([0, "", ""]);
    const list = await cli("list");
    expect(list.stdout).toMatch(
      /^127\.0\.0\.1:\d+ {2}every 6h {2}next \S+ {2}last checked \S+ {2}report to stdout/,
    );
    expect((await cli("remove", "127.0.0.1", "--port", String(rdp.port))).code).toBe(0);
    expect((await cli("list")).stdout).toMatch(/Nothing is watched/);
  });

  it("GIVEN a watch that reports to a chat conversation THEN watch run (no chat platform runs here) says where it belonged and prints the alert instead of losing it", async () => {
    const { cli, rdp } = await setUp();
    expect(
      (await cli("add", "127.0.0.1", "--port", String(rdp.port), "--report-to", "chat-a:C0123")).code,
    ).toBe(0);
    const run = await cli("run");
    expect(run.stderr).toMatch(/alert\(s\) for chat-a:C0123, which only rdp-fix serve posts/);
    expect(run.stdout).toMatch(/the RDP certificate expired/);
  });
});
