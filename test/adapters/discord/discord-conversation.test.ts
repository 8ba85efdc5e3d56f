import { afterEach, describe, expect, it } from "vitest";
import type { NewJob } from "../../../src/state/job.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import {
  type DiscordBotHarness,
  discordShowing,
  discordVisibleText,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import { slashCommandPayload } from "../../support/discord/interaction-payloads.js";

let discord: DiscordBotHarness | undefined;

afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

const has = discordShowing;

/** A store whose delivery writes (dedupe and queueing) wait until the test opens them: a slow disk, say. */
class HeldWritesStore extends MemoryStateStore {
  #open!: () => void;
  readonly #opened = new Promise<void>((resolve) => {
    this.#open = resolve;
  });
  writesWaiting = 0;

  openWrites(): void {
    this.#open();
  }

  override async firstSighting(key: string, ttlMs: number): Promise<boolean> {
    this.writesWaiting += 1;
    await this.#opened;
    return super.firstSighting(key, ttlMs);
  }

  override async enqueueFirstDelivery(job: NewJob, deliveryKeys: readonly string[], ttlMs: number) {
    this.writesWaiting += 1;
    await this.#opened;
    return super.enqueueFirstDelivery(job, deliveryKeys, ttlMs);
  }
}

describe("Discord: /rdp-fix on the real discord.js client", () => {
  it("GIVEN /rdp-fix against an endpoint with an expired certificate THEN it defers at once, moves into a thread, probes with consent and shows a diagnosis whose buttons work", async () => {
    discord = await startDiscordBotHarness({ fault: "expired-cert" });
    discord.command({ host: "127.0.0.1", port: discord.rdp.port, details: "0x904 since monday" });
    const deferred = await discord.fake.waitForCall("POST /interactions/:id/:token/callback");
    expect(deferred.body).toMatchObject({ type: 5 });

    const thread = await discord.fake.waitFor(() => discord?.fake.threads[0]);
    expect(thread.parentId).toBe(fakeDiscordIds.channelId);
    const consent = await discord.waitForMessage(has("Probe now"));
    expect(consent.channelId).toBe(thread.id);

    discord.click(consent, "Probe now");
    const card = await discord.waitForMessage(
      (m) => discord?.componentsOf(m).some((c) => c.label === "This fixed it (1a)") === true,
    );
    const text = discordVisibleText(card);
    expect(text).toMatch(/certificate is expired/i);
    expect(text).toContain("```");
    expect(text).toContain("Remove-Item");
    expect(discord.componentsOf(card).map((c) => c.label)).toEqual(
      expect.arrayContaining(["Didn't help (1a)", "Hand off"]),
    );
    expect(discord.fake.callsTo(`PATCH /channels/:id/messages/:id`).length).toBeGreaterThan(0);

    discord.click(card, "Didn't help (1a)");
    const nextFix = await discord.waitForMessage((m) => m.id !== card.id && has("This fixed it (1b)")(m));
    expect(discordVisibleText(nextFix), "one failed fix keeps the cause first").toMatch(
      /certificate is expired/i,
    );
    discord.click(nextFix, "Not the cause (1)");
    const reranked = await discord.waitForMessage(
      (m) => m.id !== nextFix.id && has("Set aside after your feedback")(m) && has("This fixed it (1a)")(m),
    );
    discord.click(reranked, "Hand off", { id: "1300000000000000999", username: "bob" });
    const handoff = await discord.waitForMessage(has("Handoff"));
    expect(discordVisibleText(handoff)).toContain("cert.expired");
    expect(discordVisibleText(handoff), "the handoff lists the cause ruled out").toMatch(
      /Ruled out[\s\S]*certificate is expired/,
    );

    discord.click(reranked, "This fixed it (1a)");
    await discord.waitForMessage(has("Solved"));
    const conversation = `discord:${thread.id}:${thread.startMessageId}`;
    expect((await discord.store.loadSession(conversation))?.status).toBe("solved");
  });

  it("GIVEN the interaction token has expired THEN the conversation still reaches the user through the bot token", async () => {
    discord = await startDiscordBotHarness();
    discord.command({ host: "host42" });
    const consent = await discord.waitForMessage(has("Skip probes"));
    for (const call of discord.fake.callsTo("POST /interactions/:id/:token/callback")) {
      discord.fake.expireInteractionToken(String(call.path.split("/")[3]));
    }
    discord.click(consent, "Skip probes");
    const question = await discord.waitForMessage(has("Question 1"));
    expect(question.source).toBe("bot");
  });

  it("GIVEN a rate limit on posting THEN the message arrives after the wait", async () => {
    discord = await startDiscordBotHarness();
    discord.fake.failNext("POST /channels/:id/messages", { status: 429, retryAfterSeconds: 0.3 });
    discord.command({ host: "host42" });
    await discord.waitForMessage(has("Skip probes"));
    expect(discord.fake.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });

  it("GIVEN a re-delivered click THEN the step advances once", async () => {
    discord = await startDiscordBotHarness();
    discord.command({ host: "host42" });
    const consent = await discord.waitForMessage(has("Skip probes"));
    discord.click(consent, "Skip probes");
    discord.click(consent, "Skip probes");
    await discord.waitForMessage(has("Question 1"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(discord.botMessages().filter(has("Question 1"))).toHaveLength(1);
  });

  it("GIVEN the same /rdp-fix interaction delivered twice THEN it is answered once and one diagnosis starts, with nothing logged as failed", async () => {
    discord = await startDiscordBotHarness();
    const payload = slashCommandPayload({ options: { host: "host42" } });
    discord.fake.dispatch("INTERACTION_CREATE", payload);
    discord.fake.dispatch("INTERACTION_CREATE", payload);
    await discord.waitForMessage(has("Skip probes"));
    const callbacks = () => discord?.fake.calls.filter((c) => c.route?.endsWith("/callback")) ?? [];
    await discord.fake.waitFor(() => callbacks().length === 2, 5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(callbacks().map((c) => c.status)).toEqual([204, 400]);
    expect(discord.fake.threads).toHaveLength(1);
    expect(discord.botMessages().filter(has("Skip probes"))).toHaveLength(1);
    expect(discord.logLines.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it("GIVEN the store slow to write WHEN /rdp-fix arrives THEN the deferral goes out before the write, and the work follows once it is written", async () => {
    const store = new HeldWritesStore();
    discord = await startDiscordBotHarness({ store });
    discord.command({ host: "host42" });
    const deferral = await discord.fake.waitForCall("POST /interactions/:interactionId/:token/callback");
    expect(deferral.status).toBe(204);
    await discord.fake.waitFor(() => store.writesWaiting > 0, 2000);
    expect(await store.countOpenJobs()).toBe(0);
    store.openWrites();
    await discord.waitForMessage(has("Skip probes"));
  });

  it("GIVEN a bad host THEN the deferred reply says why and nothing starts", async () => {
    discord = await startDiscordBotHarness();
    discord.command({ host: "bad;host" });
    const reply = await discord.fake.waitForCall("PATCH /webhooks/:id/:token/messages/@original");
    expect(JSON.stringify(reply.body)).toContain("cannot use that host");
    expect(discord.fake.threads).toEqual([]);
  });
});

describe("Discord triage", () => {
  it("GIVEN triage enabled but the Message Content intent refused (4014) THEN the bot runs without triage instead of crash-looping", async () => {
    discord = await startDiscordBotHarness({
      triageChannels: [fakeDiscordIds.channelId],
      fake: { rejectIntents: 1 << 15 },
    });
    expect(discord.bot.triageActive).toBe(false);
    expect(discord.logLines.some((l) => String(l.msg).includes("4014"))).toBe(true);
    discord.command({ host: "host42" });
    await discord.waitForMessage(has("Skip probes"));
  });
});
