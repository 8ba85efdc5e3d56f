import { afterEach, describe, expect, it } from "vitest";
import {
  type DiscordBotHarness,
  discordShowing,
  discordVisibleText,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";
import { startWatchRounds } from "../../support/watch-rounds.js";

let discord: DiscordBotHarness | undefined;
let rounds: { stop(): Promise<void> } | undefined;
afterEach(async () => {
  await rounds?.stop();
  await discord?.stop();
  rounds = undefined;
  discord = undefined;
});

/** A slash command, and what the bot made of its deferred reply once the work ran. */
async function commandReply(bot: DiscordBotHarness, name: string, options: Record<string, string | number>) {
  const before = bot.fake.interactions.length;
  bot.command(options, name);
  return bot.fake.waitFor(() => {
    const interaction = bot.fake.interactions[before];
    const original = interaction && bot.fake.interactionResponses(interaction.id).original;
    return original?.content ? original.content : undefined;
  }, 8000);
}

describe("Discord: /rdp-fix-watch, /rdp-fix-watch-list and /rdp-fix-unwatch through the real discord.js client", () => {
  it("GIVEN /rdp-fix-watch on the expired-certificate server THEN its thread says what is watched and gets the alert, the list shows it and unwatch stops it", async () => {
    discord = await startDiscordBotHarness();
    const bot = discord;
    const port = bot.rdp.port;
    const root = await commandReply(bot, "rdp-fix-watch", { host: "127.0.0.1", port, every: "6h" });
    expect(root).toMatch(/asked me to watch `127\.0\.0\.1:\d+`/);
    const confirmation = await bot.waitForMessage(discordShowing("every 6h: alerts come in this thread"));
    const [watch] = await bot.store.watches.listWatches();
    expect(watch).toMatchObject({
      host: "127.0.0.1",
      port,
      intervalMs: 6 * 3_600_000,
      reportTo: { platform: "discord" },
    });

    rounds = startWatchRounds(bot, [port]);
    const alert = await bot.waitForMessage(discordShowing("the RDP certificate expired on 2021-01-01"));
    expect(alert.channelId).toBe(confirmation.channelId);
    // Diagnose now: the diagnosis starts with what the check saw, on the watch's port, with no second probe run.
    bot.click(alert, "Diagnose now");
    const card = await bot.waitForMessage(discordShowing("This fixed it"));
    expect(discordVisibleText(card)).toContain("The Remote Desktop certificate is expired");
    expect(bot.botMessages().filter(discordShowing("Probe now"))).toEqual([]);

    expect(await commandReply(bot, "rdp-fix-watch-list", {})).toMatch(
      /`127\.0\.0\.1:\d+` every 6h, checked \d{4}-/,
    );
    expect(await commandReply(bot, "rdp-fix-unwatch", { host: "127.0.0.1", port })).toMatch(
      /^No longer watching `127\.0\.0\.1:\d+`\.$/,
    );
    expect(await bot.store.watches.listWatches()).toEqual([]);
  });

  it("GIVEN a watch the person may not set THEN the reply says why and nothing is stored", async () => {
    discord = await startDiscordBotHarness();
    const bot = discord;
    expect(
      await commandReply(bot, "rdp-fix-watch", { host: "127.0.0.1", port: bot.rdp.port, every: "1m" }),
    ).toMatch(/too often: at least every 5m \(RDP_FIX_WATCH_MIN_INTERVAL\)/);
    expect(await commandReply(bot, "rdp-fix-watch", { host: "127.0.0.1", port: 3390 })).toMatch(
      /Not probing: .*RDP_FIX_ALLOWED_PORTS/,
    );
    expect(await commandReply(bot, "rdp-fix-watch", { host: "127.0.0.1", every: "soon" })).toMatch(
      /Say how often as a number and a unit/,
    );
    expect(await bot.store.watches.listWatches()).toEqual([]);
  });
});
