import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { probeControlFromEnv } from "../../../src/runtime/probe-control-config.js";
import { SqliteStateStore } from "../../../src/state/sqlite-state-store.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
} from "../../support/slack/slack-bot-harness.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("rdp-fix audit reads what the bot wrote", () => {
  it("GIVEN one allowed and one refused probe request on Slack THEN audit --json lists both, and the finished run, with who, where, what and why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rdp-fix-audit-"));
    const path = join(dir, "rdp-fix.sqlite");
    const store = SqliteStateStore.open(path);
    const slack: SlackBotHarness = await startSlackBotHarness({
      store,
      probeControl: probeControlFromEnv({ RDP_FIX_PROBE_RATE: "1/10m" }),
    });
    cleanups.push(async () => {
      await slack.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    for (let run = 1; run <= 2; run++) {
      const { root, first: consent } = await slack.startDiagnosis(`127.0.0.1 --port ${slack.rdp.port}`);
      await slack.click(consent, "Probe now");
      await slack.waitForMessage(
        (m) => showing("This fixed it")(m) || showing("RDP_FIX_PROBE_RATE")(m),
        root.ts,
        15_000,
      );
    }

    const term = scriptedTerminal();
    const deps = {
      version: "9.9.9",
      defaultFlowDir: join(import.meta.dirname, "..", "..", "fixtures", "flows"),
      loadFlow: async () => loadFlowFile("test/fixtures/flows/minimal.yaml"),
      openStore: async () => SqliteStateStore.open(path),
    };
    expect(await runCli(["audit", "--json", "--user", fakeSlackIds.userId], term.io, deps)).toBe(0);
    const entries = JSON.parse(term.stdout) as Array<Record<string, unknown>>;
    expect(entries.map((e) => e.outcome)).toEqual(["allowed", "finished", "refused"]);
    for (const entry of entries)
      expect(entry).toMatchObject({
        action: "probe",
        actor: fakeSlackIds.userId,
        platform: "slack",
        target: "127.0.0.1",
        conversation: expect.stringMatching(/^slack:T1:C1:/),
        details: expect.objectContaining({ port: slack.rdp.port }),
      });
    expect(entries[0]?.details).toMatchObject({ addresses: ["127.0.0.1"], channel: fakeSlackIds.channelId });
    expect(entries[1]?.details).toMatchObject({
      durationMs: expect.any(Number),
      findings: expect.any(Array),
    });
    expect(entries[2]?.details).toMatchObject({ reason: "rate-limit:user", retryAt: expect.any(String) });
  });
});
