import { afterEach, describe, expect, it } from "vitest";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  topCauseTitle,
  visibleText,
} from "../../support/slack/slack-bot-harness.js";
import { nextUserTs } from "../../support/slack/slack-ts.js";
import { unusedLoopbackPort } from "../../support/unused-loopback-port.js";
import { startWatchRounds } from "../../support/watch-rounds.js";

let slack: SlackBotHarness | undefined;
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
  await slack?.stop();
  slack = undefined;
});

const { teamId, channelId } = fakeSlackIds;

/** serve's watch rounds against the harness's store and chat, probing its RDP endpoint (and `closedPort`). */
function watchRounds(bot: SlackBotHarness, logLines: string[], closedPort?: number) {
  const ports = closedPort === undefined ? [bot.rdp.port] : [bot.rdp.port, closedPort];
  stops.push(startWatchRounds(bot, ports, logLines).stop);
}

/**
 * `/rdp-fix <text>` and what the bot answered the person privately: in the ack when it could tell at once
 * (a command it cannot read), otherwise through the command's response_url once the work ran.
 */
async function commandAnswer(bot: SlackBotHarness, text: string): Promise<string> {
  const seen = bot.api.responses.length;
  const reply = await bot.command(text);
  if (reply.body !== "") return String(JSON.parse(reply.body).text);
  const answer = await bot.api.waitFor(() => bot.api.responses.slice(seen).at(-1));
  return String(answer.body.text);
}

describe("Slack: /rdp-fix watch, watch list and unwatch", () => {
  it("GIVEN /rdp-fix watch on the expired-certificate server THEN a thread says what is watched, the alert lands in it, watch list shows it and unwatch stops it", async () => {
    slack = await startSlackBotHarness();
    const at = `127.0.0.1 -p ${slack.rdp.port}`;
    await slack.command(`watch ${at} every 6h`);
    const root = await slack.waitForMessage(showing("asked me to watch `127.0.0.1:"));
    await slack.waitForMessage(showing("every 6h: alerts come in this thread"), root.ts);
    const [watch] = await slack.store.watches.listWatches();
    expect(watch).toMatchObject({
      host: "127.0.0.1",
      port: slack.rdp.port,
      owner: fakeSlackIds.userId,
      intervalMs: 6 * 3_600_000,
      reportTo: { platform: "slack", conversation: `${teamId}:${channelId}:${root.ts}` },
    });

    watchRounds(slack, []);
    await slack.waitForMessage(showing("the RDP certificate expired on 2021-01-01"), root.ts);

    expect(await commandAnswer(slack, "watch list")).toMatch(/`127\.0\.0\.1:\d+` every 6h, checked \d{4}-/);
    expect(await commandAnswer(slack, `unwatch ${at}`)).toMatch(/^No longer watching `127\.0\.0\.1:\d+`\.$/);
    expect(await slack.store.watches.listWatches()).toEqual([]);
  });

  it("GIVEN a watch the person may not set THEN they are told why and nothing is stored: too often, a port the policy refuses, a host that is no host", async () => {
    slack = await startSlackBotHarness();
    const cases: Array<[string, RegExp]> = [
      [
        `watch 127.0.0.1 -p ${slack.rdp.port} every 1m`,
        /too often: at least every 5m \(RDP_FIX_WATCH_MIN_INTERVAL\)/,
      ],
      ["watch 127.0.0.1 -p 3390", /Not probing: .*RDP_FIX_ALLOWED_PORTS/],
      ["watch bad!host", /I cannot use that host/],
      [`watch 127.0.0.1 every soon`, /Say how often as a number and a unit/],
      ["unwatch 127.0.0.1", /`127\.0\.0\.1:3389` is not watched/],
    ];
    for (const [text, expected] of cases) {
      expect(await commandAnswer(slack, text), text).toMatch(expected);
    }
    expect(await slack.store.watches.listWatches()).toEqual([]);
    expect(slack.api.messagesIn(channelId)).toEqual([]);
  });
});

describe("Slack: watch alerts posted by serve's watch rounds", () => {
  it("GIVEN a watch on the expired-certificate server that reports to a Slack thread THEN one alert with the fix lands there, never a second, and Diagnose now starts a diagnosis there with the check's findings", async () => {
    slack = await startSlackBotHarness();
    // The thread the watch reports to: a person's post, as where someone asked for the watch.
    const thread = nextUserTs();
    slack.api.seedUserMessage({
      channel: channelId,
      ts: thread,
      user: fakeSlackIds.userId,
      text: "watch it",
    });
    const target = { host: "127.0.0.1", port: slack.rdp.port };
    await slack.store.watches.putWatch({
      ...target,
      owner: fakeSlackIds.userId,
      reportTo: { platform: "slack", conversation: `${teamId}:${channelId}:${thread}` },
      intervalMs: 50,
      firstDue: Date.now(),
    });
    const logLines: string[] = [];
    watchRounds(slack, logLines);

    const alert = await slack.waitForMessage(showing("the RDP certificate expired on 2021-01-01"), thread);
    // The fix's command to copy, whole (quotes show JSON-escaped in the block text).
    expect(showing("Stop-Service -Name")(alert)).toBe(true);
    // The watch is due every 50 ms: let several more rounds check it and say nothing new.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const alerts = slack.api.threadOf(channelId, thread).filter(showing("certificate expired"));
    expect(alerts).toHaveLength(1);
    expect((await slack.store.watches.listWatches())[0]?.lastCheckedAt).toBeGreaterThan(0);

    // The diagnosis starts on the watch's port with what its check saw: no consent, no second probe run.
    await slack.click(alert, "Diagnose now");
    // The check saw the expired certificate: the evidence is enough for a diagnosis at once.
    const card = await slack.waitForMessage(showing("This fixed it"), thread);
    expect(topCauseTitle(visibleText(card))).toBe(
      "The Remote Desktop certificate is expired (or not valid yet)",
    );
    const session = await slack.store.loadSession(`slack:${teamId}:${channelId}:${thread}`);
    expect(session).toMatchObject({
      host: "127.0.0.1",
      port: slack.rdp.port,
      status: "diagnosed",
      probing: false,
    });
    expect(session?.findings.map((f) => f.id)).toContain("cert.expired");
    expect(slack.api.threadOf(channelId, thread).filter(showing("Probe now"))).toEqual([]);
  });

  it("GIVEN a watch that reports nowhere, and one to a platform not running here THEN each alert is logged with its words instead of lost", async () => {
    slack = await startSlackBotHarness();
    const target = { host: "127.0.0.1", port: slack.rdp.port, intervalMs: 3_600_000, firstDue: Date.now() };
    await slack.store.watches.putWatch({ ...target, owner: "ops" });
    const closedPort = await unusedLoopbackPort();
    await slack.store.watches.putWatch({
      ...target,
      port: closedPort,
      owner: "ops",
      reportTo: { platform: "elsewhere", conversation: "room-1" },
    });
    const logLines: string[] = [];
    watchRounds(slack, logLines, closedPort);
    await expect
      .poll(() => logLines.filter((l) => l.includes("watch alert not posted")).length, { timeout: 8000 })
      .toBe(2);
    const logged = logLines.filter((l) => l.includes("watch alert not posted")).map((l) => JSON.parse(l));
    expect(logged.map((l) => [l.port, l.reportTo, l.alert.kind]).sort()).toEqual(
      [
        [slack.rdp.port, null, "cert-expired"],
        [closedPort, "elsewhere:room-1", "port-closed"],
      ].sort(),
    );
  });
});
