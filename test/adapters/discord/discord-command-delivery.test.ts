import { afterEach, describe, expect, it } from "vitest";
import { notTakenText } from "../../../src/chat/not-taken-text.js";
import {
  type DiscordBotHarness,
  discordShowing,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";
import { pollUntil } from "../../support/lab/poll-until.js";
import { StoreRefusingWork } from "../../support/store-refusing-work.js";

let discord: DiscordBotHarness | undefined;

afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

const has = discordShowing;
const editReply = "PATCH /webhooks/:id/:token/messages/@original";

describe("Discord: a slash command never vanishes without a word", () => {
  it("GIVEN Discord answers 503 to the command's reply for 2.5 s THEN the reply is retried past the outage and the diagnosis goes on in its thread", async () => {
    discord = await startDiscordBotHarness();
    discord.fake.failFor(editReply, { status: 503 }, 2_500);
    discord.command({ host: "host42" });

    await discord.waitForMessage(has("Skip probes"), 10_000);
    const edits = discord.fake.callsTo(editReply);
    const failed = edits.filter((c) => c.status === 503);
    const root = edits.find((c) => c.status === 200);
    expect(JSON.stringify(root?.body)).toContain("started a Remote Desktop diagnosis of");
    // discord.js's own retries come at once; only the chat layer's backoff outlives an outage.
    expect((root?.at ?? 0) - (failed[0]?.at ?? 0)).toBeGreaterThanOrEqual(2_400);
    expect(discord.fake.threads).toHaveLength(1);
  }, 20_000);

  it("GIVEN the reply keeps failing past the retry budget THEN the person hears it on the interaction token (a follow-up), the loss is logged, and the job is done", async () => {
    discord = await startDiscordBotHarness({ firstMessageBudgetMs: 1_500 });
    discord.fake.failFor(editReply, { status: 503 }, 60_000);
    discord.command({ host: "host42" });

    const told = await discord.fake.waitForCall(
      "POST /webhooks/:id/:token",
      (c) => JSON.stringify(c.body).includes("could not start the diagnosis of `host42`"),
      10_000,
    );
    expect(told.status, "Discord took the follow-up").toBeLessThan(300);
    const lost = discord.logLines.find((l) =>
      String(l.msg).startsWith("could not post the diagnosis root message"),
    );
    expect(lost).toMatchObject({ host: "host42", level: 50 });
    const store = discord.store;
    const open = await pollUntil(async () => ((await store.countOpenJobs()) === 0 ? 0 : undefined), {
      deadlineMs: 2_000,
    });
    expect(open, "the command's job is finished, not left to be retried").toBe(0);
    expect(discord.fake.threads, "no diagnosis without a root message").toEqual([]);
  }, 20_000);

  it("GIVEN the state store refuses the command's write THEN the deferred reply says so instead of thinking for 15 minutes, and nothing is queued", async () => {
    const store = new StoreRefusingWork();
    discord = await startDiscordBotHarness({ store });
    store.refuse = true;
    discord.command({ host: "host42" });

    const told = await discord.fake.waitForCall(
      editReply,
      (c) => JSON.stringify(c.body).includes(notTakenText),
      10_000,
    );
    expect(told.status, "Discord took the edit").toBeLessThan(300);
    const harness = discord;
    const logged = await pollUntil(
      async () => harness.logLines.find((l) => l.msg === "Discord interaction failed" && l.level === 50),
      { deadlineMs: 2_000 },
    );
    expect(logged, "the failure is logged as an error").toBeDefined();
    expect(await store.countOpenJobs()).toBe(0);
    expect(discord.fake.threads).toEqual([]);
  }, 20_000);
});
