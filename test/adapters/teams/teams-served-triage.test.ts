import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamsActivity } from "../../../adapters/teams/adaptive-card-element.js";
import {
  buttonData,
  cardText,
  type ServedTeamsBot,
  startServedTeamsBot,
} from "../../support/teams/served-teams-bot.js";
import { cardExecute, channelPost, teamsIds } from "../../support/teams/teams-activities.js";
import { checkTeamsActivity } from "./check-teams-activity.js";

let bot: ServedTeamsBot;
beforeAll(async () => {
  bot = await startServedTeamsBot({ triageChannels: [teamsIds.channel] });
});
afterAll(() => bot.stop());

const report = "Since this morning RDP to 127.0.0.1 fails with error code 0x904, anyone?";
const chainOf = (postId: string) => `${teamsIds.channel};messageid=${postId}`;
const settle = async () => {
  // Queued work runs on the next turns; give it a moment, then see that none is left.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await bot.store.countOpenJobs()).toBe(0);
};

describe("Teams triage: channel posts read with ChannelMessage.Read.Group (served, real SDK)", () => {
  it("GIVEN a post reporting 0x904 in a triage channel, delivered twice THEN one offer in its reply chain, and its button starts the diagnosis there", async () => {
    const post = channelPost(report, { serviceUrl: bot.microsoft.serviceUrl, id: "1700000000700" });
    expect((await bot.post(post)).status).toBe(200);
    expect((await bot.post(post)).status).toBe(200);
    const offer = await bot.waitForCard(chainOf("1700000000700"), /Diagnose 127\.0\.0\.1/);
    await settle();
    expect(bot.postedIn(chainOf("1700000000700"))).toHaveLength(1);
    expect(checkTeamsActivity(offer)).toEqual([]);

    const click = cardExecute(buttonData(offer, "Diagnose 127.0.0.1"), {
      serviceUrl: bot.microsoft.serviceUrl,
      id: "1700000000701",
    });
    expect(
      (await bot.post({ ...click, conversation: { ...click.conversation, id: chainOf("1700000000700") } }))
        .status,
    ).toBe(200);
    const consent = await bot.waitForCard(chainOf("1700000000700"), /Probe now/);
    expect(cardText(consent)).toContain("127.0.0.1");
    // The post's own words were read like a command's ("since this morning"), as Slack and Discord read theirs.
    const reading = await bot.waitForCard(chainOf("1700000000700"), /From your message/);
    expect(cardText(reading)).toMatch(/this morning/i);
    for (const call of bot.postedIn(chainOf("1700000000700")))
      expect(checkTeamsActivity(call.body as unknown as TeamsActivity)).toEqual([]);
  });

  it("GIVEN the same report in a channel that is not listed, or posted by the bot itself THEN no offer", async () => {
    const before = bot.microsoft.calls.length;
    const elsewhere = channelPost(report, { serviceUrl: bot.microsoft.serviceUrl, id: "1700000000800" });
    const other = "19:elsewhere0123456789@thread.tacv2";
    await bot.post({
      ...elsewhere,
      conversation: { ...elsewhere.conversation, id: `${other};messageid=1700000000800` },
      channelData: { ...elsewhere.channelData, channel: { id: other } },
    });
    const own = channelPost(report, { serviceUrl: bot.microsoft.serviceUrl, id: "1700000000801" });
    await bot.post({ ...own, from: own.recipient });
    await settle();
    expect(bot.microsoft.calls.length).toBe(before);
  });
});
