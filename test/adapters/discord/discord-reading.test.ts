import { afterEach, describe, expect, it } from "vitest";
import {
  type DiscordBotHarness,
  discordShowing,
  discordVisibleText,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";
import type { FakeDiscordMessage } from "../../support/discord/fake-discord-message-store.js";

let discord: DiscordBotHarness | undefined;

afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

const has = discordShowing;
const whoQuestion = "Who else has this problem with the same server?";

describe("Discord: the command's details answer questions (real discord.js client, local fakes)", () => {
  it("GIVEN /rdp-fix host42 details:'not only me, since yesterday' THEN the thread says what was read and never asks who else is affected", async () => {
    const bot = await startDiscordBotHarness();
    discord = bot;
    bot.command({ host: "host42", details: "not only me, it broke since yesterday" });
    const reading = await bot.waitForMessage(has("From your message"));
    expect(discordVisibleText(reading)).toContain("not only me");
    expect(bot.componentsOf(reading).map((c) => c.label)).toEqual([
      'Change "not only me"',
      'Change "since yesterday"',
    ]);

    const consent = await bot.waitForMessage(has("Skip probes"));
    bot.click(consent, "Skip probes");
    const seen = new Set<string>([reading.id, consent.id]);
    const asked: string[] = [];
    let card: FakeDiscordMessage | undefined;
    for (let guard = 0; guard < 12 && card === undefined; guard++) {
      const next = await bot.waitForMessage(
        (m) => !seen.has(m.id) && (has("Question ")(m) || has("This fixed it (1a)")(m)),
      );
      seen.add(next.id);
      if (has("This fixed it (1a)")(next)) card = next;
      else {
        asked.push(discordVisibleText(next));
        bot.click(next, "Skip");
      }
    }
    expect(card, "the conversation ends in a diagnosis").toBeDefined();
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) expect(question).not.toContain(whoQuestion);
    expect(bot.botMessages().filter(has("From your message"))).toHaveLength(1);
  });
});
