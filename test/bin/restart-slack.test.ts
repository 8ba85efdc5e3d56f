import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteStateStore } from "../../src/state/sqlite-state-store.js";
import { startSlackProcessFixture } from "../support/process/slack-process-fixture.js";
import { showing, type slackTestClient, visibleText } from "../support/slack/slack-bot-harness.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const fixture = (faultName: string, extraEnv: Record<string, string> = {}) =>
  startSlackProcessFixture(cleanups, faultName, extraEnv);

const hasFixButtons = (slack: ReturnType<typeof slackTestClient>) => (m: Parameters<typeof visibleText>[0]) =>
  slack.buttonsOf(m).some((b) => b.label === "This fixed it");

describe("rdp-fix serve across a SIGKILL (Slack, SQLite in RDP_FIX_DATA_DIR)", () => {
  it("GIVEN the bot offered its consent buttons and was killed THEN a fresh process takes the old click on to the diagnosis", async () => {
    const { rdp, start, slack } = await fixture("expired-cert");
    const first = await start();
    await slack.command(`127.0.0.1 --port ${rdp.port} 0x904 since monday`);
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(showing("Probe now"), root.ts);
    // The buttons are up and the command's work is done: the bot idles, waiting for the click, when it dies.
    await first.waitForLog((line) => line.msg === "job done" && line.kind === "slack:command");
    expect(await first.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });

    const second = await start();
    await slack.click(consent, "Probe now");
    const card = await slack.waitForMessage(hasFixButtons(slack), root.ts, 20_000);
    expect(second.logs.some((line) => line.msg === "job done" && line.kind === "slack:command")).toBe(false);
    expect(visibleText(card)).toMatch(/certificate is expired/i);
  }, 60_000);

  it("GIVEN the bot was killed while probing THEN the fresh process speaks up in that thread by itself with the result", async () => {
    // TLS never completes on this endpoint, so the probe run lasts its whole budget: time to kill it.
    const { rdp, start, slack } = await fixture("tls-stall");
    const first = await start();
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await slack.click(await slack.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    await first.waitForLog((line) => line.msg === "probe run starting");
    await first.kill("SIGKILL");

    const second = await start();
    const retried = await second.waitForLog((line) => line.msg === "probe run starting", 20_000);
    expect(retried.attempt).toBe(2);
    await slack.waitForMessage(showing("probing it again"), root.ts, 20_000);
    const next = await slack.waitForMessage(
      (m) => hasFixButtons(slack)(m) || showing("Question 1")(m),
      root.ts,
      20_000,
    );
    expect(visibleText(next)).not.toContain("interrupted");
  }, 60_000);

  it("GIVEN SIGTERM while a probe run is going THEN the bot finishes it, tells the thread, closes the store and exits 0", async () => {
    const { rdp, start, slack, dataDir } = await fixture("tls-stall");
    const bot = await start();
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await slack.click(await slack.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    await bot.waitForLog((line) => line.msg === "probe run starting");
    // The probe run is under way (ping spawned): the signal must still lead to a clean stop.
    expect(await bot.kill("SIGTERM")).toEqual({ code: 0, signal: null });

    await slack.waitForMessage((m) => hasFixButtons(slack)(m) || showing("Question 1")(m), root.ts, 1000);
    const store = await SqliteStateStore.open(join(dataDir, "rdp-fix.sqlite"));
    try {
      expect(await store.countOpenJobs()).toBe(0);
      expect(await store.countSessions("probing")).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it("GIVEN RDP_FIX_PROBE_RATE=1/10m and a run before a restart THEN the fresh process refuses the next one: limits live in the store", async () => {
    const { rdp, start, slack } = await fixture("expired-cert", { RDP_FIX_PROBE_RATE: "1/10m" });
    const first = await start();
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await slack.click(await slack.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    await slack.waitForMessage(hasFixButtons(slack), root.ts, 15_000);
    await first.kill("SIGKILL");

    await start();
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    const second = await slack.waitForMessage(
      (m) => showing("started a Remote Desktop diagnosis of")(m) && m.ts !== root.ts,
    );
    const consent = await slack.waitForMessage(
      (m) => slack.buttonsOf(m).some((b) => b.label === "Probe now"),
      second.ts,
    );
    await slack.click(consent, "Probe now");
    const refusal = await slack.waitForMessage(showing("RDP_FIX_PROBE_RATE=1/10m"), second.ts);
    expect(visibleText(refusal)).toContain("You can probe again at");
  }, 60_000);
});
