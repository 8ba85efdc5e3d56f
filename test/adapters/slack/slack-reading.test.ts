import { afterEach, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../support/slack/fake-message-store.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  visibleText,
} from "../../support/slack/slack-bot-harness.js";

let slack: SlackBotHarness | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

const vpnQuestion = "How does the client reach the server?";
const sinceQuestion = "Has this connection ever worked";

describe("Slack: the command's own words answer questions (real Bolt app, local fake Web API)", () => {
  it("GIVEN `/rdp-fix host42 only fails over the VPN since Monday` THEN the thread says what was read, never asks about the VPN or since when, and Change re-asks one", async () => {
    const bot = await startSlackBotHarness();
    slack = bot;
    const { root } = await bot.startDiagnosis("host42 only fails over the VPN since Monday");
    const reading = await bot.waitForMessage(showing("From your message"), root.ts);
    expect(visibleText(reading)).toContain("only fails over the vpn");
    expect(bot.buttonsOf(reading).map((b) => b.label)).toEqual([
      'Change "only fails over the vpn"',
      'Change "since monday"',
    ]);

    const consent = await bot.waitForMessage(showing("Skip probes"), root.ts);
    await bot.click(consent, "Skip probes");
    // Every question gets "Skip" (the person knows nothing more) until the diagnosis card.
    const seen = new Set<string>([root.ts, reading.ts, consent.ts]);
    const asked: string[] = [];
    let card: FakeMessage | undefined;
    for (let guard = 0; guard < 12 && card === undefined; guard++) {
      const next = await bot.waitForMessage(
        (m) => !seen.has(m.ts) && (showing("Question ")(m) || showing("Diagnosis for")(m)),
        root.ts,
      );
      seen.add(next.ts);
      if (showing("Diagnosis for")(next)) card = next;
      else {
        asked.push(visibleText(next));
        await bot.click(next, "Skip");
      }
    }
    expect(card, "the conversation ends in a diagnosis").toBeDefined();
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) {
      expect(question).not.toContain(vpnQuestion);
      expect(question).not.toContain(sinceQuestion);
    }
    expect(bot.api.threadOf(reading.channel, root.ts).filter(showing("From your message"))).toHaveLength(1);

    await bot.click(reading, 'Change "since monday"');
    const reasked = await bot.waitForMessage(
      (m) => !seen.has(m.ts) && showing("Question ")(m) && showing(sinceQuestion)(m),
      root.ts,
    );
    expect(visibleText(reasked)).toContain("Read from your message before");
  });
});
