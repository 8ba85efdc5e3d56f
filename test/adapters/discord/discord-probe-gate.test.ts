import { afterEach, describe, expect, it } from "vitest";
import {
  type DiscordBotHarness,
  discordShowing,
  discordVisibleText,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";

let discord: DiscordBotHarness | undefined;
afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

const probers = fakeDiscordIds.proberRoleId;
const has = discordShowing;

describe("Discord: who may probe (roles)", () => {
  it("GIVEN probing limited to a role THEN a member without it gets questions and the reason, and a member with it gets the consent prompt", async () => {
    discord = await startDiscordBotHarness({
      probeAccess: { channels: [], groups: [probers] },
    });
    const bot = discord;
    bot.command({ host: "127.0.0.1", port: bot.rdp.port }, "rdp-fix", []);
    const reason = await bot.waitForMessage(has("Probing is not offered to you here"));
    expect(discordVisibleText(reason)).toContain(probers);
    const question = await bot.waitForMessage(
      (m) => m.channelId === reason.channelId && has("Question 1")(m),
    );
    bot.click(question, "Results now", undefined, []);
    const card = await bot.waitForMessage(
      (m) => m.channelId === reason.channelId && has("Show more causes")(m),
    );
    expect(discordVisibleText(card), "the card says why it rests on answers alone").toContain(
      "The probes did not run: Probing is not offered to you here",
    );

    bot.command({ host: "127.0.0.1", port: bot.rdp.port }, "rdp-fix", [probers]);
    const consent = await bot.waitForMessage((m) => bot.componentsOf(m).some((c) => c.label === "Probe now"));
    expect(consent.channelId).not.toBe(reason.channelId);

    // Someone without the role presses it: refused, and the prompt stays for someone who may.
    bot.click(consent, "Probe now", undefined, []);
    await bot.waitForMessage((m) => m.channelId === consent.channelId && has("Probing is not offered")(m));
    bot.click(consent, "Probe now", undefined, [probers]);
    await bot.waitForMessage(
      (m) =>
        m.channelId === consent.channelId &&
        bot.componentsOf(m).some((c) => c.label === "This fixed it (1a)"),
      15_000,
    );
    const audit = await bot.store.listAudit();
    expect(audit.map((e) => [e.outcome, e.details?.reason])).toEqual([
      ["refused", "not-permitted"],
      ["refused", "not-permitted"],
      ["allowed", undefined],
      ["finished", undefined],
    ]);
  });
});
