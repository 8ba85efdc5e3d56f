import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { probeJobKind } from "../../src/runtime/probe-job-payload.js";
import { SqliteStateStore } from "../../src/state/sqlite-state-store.js";
import { startSlackProcessFixture } from "../support/process/slack-process-fixture.js";
import { fakeSlackIds } from "../support/slack/fake-slack-ids.js";
import { showing, type slackTestClient, visibleText } from "../support/slack/slack-bot-harness.js";

const throwFromUdpConnect = join(
  import.meta.dirname,
  "..",
  "support",
  "process",
  "throw-from-udp-connect.mjs",
);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fixture(extraEnv: Record<string, string> = {}) {
  const { api, rdp, start, slack, dataDir } = await startSlackProcessFixture(
    cleanups,
    "expired-cert",
    extraEnv,
  );
  const openJobs = async (kind?: string) => {
    const store = await SqliteStateStore.open(join(dataDir, "rdp-fix.sqlite"));
    try {
      return await store.countOpenJobs(kind);
    } finally {
      await store.close();
    }
  };
  return { api, rdp, start, slack, openJobs };
}

type Slack = ReturnType<typeof slackTestClient>;
const diagnosisOrQuestion = (slack: Slack) => (m: Parameters<typeof visibleText>[0]) =>
  slack.buttonsOf(m).some((b) => b.label === "This fixed it" || b.label === "Results now");

describe("rdp-fix serve: an uncaught error in a job does not take the bot down", () => {
  it("GIVEN /rdp-fix 127.255.255.255 and Probe now THEN the bot lives, and the findings say UDP could not be tried", async () => {
    // The loopback broadcast address on the default RDP port, allowed as loopback is by default.
    const { start, slack } = await fixture({
      RDP_FIX_ALLOWED_CIDRS: "127.0.0.0/8",
      RDP_FIX_ALLOWED_PORTS: "3389",
    });
    const bot = await start();
    await slack.command("127.255.255.255");
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await slack.click(await slack.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    let next = await slack.waitForMessage(diagnosisOrQuestion(slack), root.ts, 20_000);
    if (slack.buttonsOf(next).some((b) => b.label === "Results now")) {
      await slack.click(next, "Results now");
      next = await slack.waitForMessage(showing("This fixed it"), root.ts, 20_000);
    }
    expect(visibleText(next)).toContain("udp.unreachable");
    expect(visibleText(next)).toContain("EACCES");
    expect(bot.logs.filter((line) => line.msg === "probe run finished")).toHaveLength(1);
    expect(bot.logs.some((line) => /crash|uncaught/.test(String(line.msg)))).toBe(false);
    expect(await bot.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  }, 60_000);

  it("GIVEN a probe step that throws from a timer THEN that job is settled with a message at once, the bot goes on, and a restart does not run it again", async () => {
    const { rdp, start, slack, openJobs } = await fixture({
      NODE_OPTIONS: `--import=${throwFromUdpConnect}`,
    });
    const first = await start();
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await slack.click(await slack.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    const notice = await slack.waitForMessage(showing("an error in the bot stopped it"), root.ts, 20_000);
    expect(visibleText(notice)).toContain("not retried");
    const crash = await first.waitForLog(
      (line) => line.msg === "job crashed with an uncaught error; settling it, not running it again",
    );
    expect(crash.err).toMatchObject({ message: "test preload: a probe step threw from a timer" });
    await slack.waitForMessage(diagnosisOrQuestion(slack), root.ts, 20_000);

    // The bot is still serving: a new command gets its thread.
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    await slack.waitForMessage(
      (m) => showing("started a Remote Desktop diagnosis of")(m) && m.ts !== root.ts,
    );
    expect(await openJobsSettled(openJobs)).toBe(0);

    expect(first.logs.filter((line) => line.msg === "probe run starting")).toHaveLength(1);
    await first.kill("SIGKILL");
    const second = await start();
    // Jobs are taken oldest first: once a new command is done, nothing older is left to run.
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    await second.waitForLog((line) => line.msg === "job done" && line.kind === "slack:command");
    expect(second.logs.some((line) => line.msg === "probe run starting")).toBe(false);
  }, 60_000);

  it("GIVEN the process dies after a job crashed but before it could tell the conversation THEN the next process settles the job with the message, and does not run it again", async () => {
    const { api, rdp, start, slack, openJobs } = await fixture({
      NODE_OPTIONS: `--import=${throwFromUdpConnect}`,
    });
    const first = await start();
    await slack.command(`127.0.0.1 --port ${rdp.port}`);
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(showing("Probe now"), root.ts);
    // Slack answers slowly from now on, so the process is killed while telling the thread about the crash:
    // the crash is recorded in the store, the job is still open.
    api.failNext("chat.postMessage", { delayMs: 3_000 }, 10);
    await slack.click(consent, "Probe now");
    await first.waitForLog((line) => line.msg === "crash recorded; telling the conversation");
    await first.kill("SIGKILL");
    expect(await openJobs(probeJobKind)).toBe(1);

    const second = await start();
    const gaveUp = await second.waitForLog((line) => line.msg === "giving a job up", 20_000);
    expect(gaveUp).toMatchObject({
      reason: "crashed",
      crashed: expect.stringContaining("threw from a timer"),
    });
    await slack.waitForMessage(showing("an error in the bot stopped it"), root.ts, 20_000);
    expect(second.logs.some((line) => line.msg === "probe run starting")).toBe(false);
    const thread = api.messagesIn(fakeSlackIds.channelId).map((m) => visibleText(m));
    expect(thread.some((text) => text.includes("probing it again"))).toBe(false);
    expect(await openJobsSettled(openJobs)).toBe(0);
  }, 60_000);
});

/**
 * Jobs still open once the bot had a moment to finish the command it just took. The moment is generous: the
 * fake Slack may still be answering each post 3 s late, and a loaded CI machine slows every step further.
 */
async function openJobsSettled(openJobs: () => Promise<number>): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    if ((await openJobs()) === 0) return 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return openJobs();
}
