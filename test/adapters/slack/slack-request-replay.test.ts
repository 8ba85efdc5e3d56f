import { afterEach, describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import { postToBolt } from "../../support/slack/post-to-bolt.js";
import { signSlackRequest } from "../../support/slack/sign-slack-request.js";
import {
  type SlackBotHarness,
  showing,
  signingSecret,
  startSlackBotHarness,
} from "../../support/slack/slack-bot-harness.js";
import { slashCommandBody } from "../../support/slack/slash-command-body.js";

const bots: SlackBotHarness[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0).reverse()) await bot.stop();
});

const started = showing("started a Remote Desktop diagnosis of");
const roots = (bot: SlackBotHarness) =>
  bot.api.messagesIn(fakeSlackIds.channelId).filter((m) => m.threadTs === undefined && started(m));
/** Long enough for a second conversation's root message to be posted, had the command been taken twice. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

describe("Slack: a signed request replayed or signed for the future", () => {
  it("GIVEN one signed /rdp-fix request sent twice within Slack's five minutes THEN one conversation starts", async () => {
    const bot = await startSlackBotHarness();
    bots.push(bot);
    const fields = slashCommandBody({ text: "host42 0x904", responseUrl: bot.api.responseUrl({}) });
    const request = signSlackRequest(signingSecret, { kind: "slash-command", fields });
    expect((await postToBolt(bot.boltUrl, "/slack/events", request)).status).toBe(200);
    await bot.waitForMessage(started);
    expect((await postToBolt(bot.boltUrl, "/slack/events", request)).status).toBe(200);
    await settle();
    expect(roots(bot)).toHaveLength(1);
  });

  it("GIVEN the same signed request sent to two replicas sharing a store THEN one conversation starts", async () => {
    const store = new MemoryStateStore();
    const a = await startSlackBotHarness({ store, replicaId: "replica-a" });
    bots.push(a);
    const b = await startSlackBotHarness({
      store,
      replicaId: "replica-b",
      shared: { api: a.api, rdp: a.rdp },
    });
    bots.push(b);
    const fields = slashCommandBody({ text: "host42 0x904", responseUrl: a.api.responseUrl({}) });
    const request = signSlackRequest(signingSecret, { kind: "slash-command", fields });
    const acks = await Promise.all([
      postToBolt(a.boltUrl, "/slack/events", request),
      postToBolt(b.boltUrl, "/slack/events", request),
    ]);
    expect(acks.map((ack) => ack.status)).toEqual([200, 200]);
    await a.waitForMessage(started);
    await settle();
    expect(roots(a)).toHaveLength(1);
  });

  it("GIVEN two commands with the same words (two trigger ids) THEN each starts its conversation", async () => {
    const bot = await startSlackBotHarness();
    bots.push(bot);
    await bot.command("host42 0x904");
    await bot.command("host42 0x904");
    await bot.api.waitFor(() => (roots(bot).length === 2 ? true : undefined));
    expect(roots(bot)).toHaveLength(2);
  });

  it("GIVEN a command signed 6 minutes in the future THEN it is refused with 401 and nothing starts; 4 minutes ahead still passes", async () => {
    const bot = await startSlackBotHarness();
    bots.push(bot);
    expect((await bot.command("host42 0x904", { ageSeconds: -6 * 60 })).status).toBe(401);
    expect((await bot.command("host42 0x904", { ageSeconds: 6 * 60 })).status).toBe(401);
    await settle();
    expect(bot.api.callsTo("chat.postMessage")).toEqual([]);
    expect(
      bot.logLines.some((l) => l.msg === "refused a Slack request signed more than five minutes from now"),
    ).toBe(true);
    expect((await bot.command("host42 0x904", { ageSeconds: -4 * 60 })).status).toBe(200);
    await bot.waitForMessage(started);
    const healthz = await fetch(`${bot.boltUrl}/healthz`);
    expect(healthz.status).toBe(200);
  });
});
