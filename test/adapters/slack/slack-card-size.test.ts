import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { slackBlockText } from "../../../adapters/slack/fit-slack-document.js";
import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import type { SlackMessage } from "../../../adapters/slack/slack-message.js";
import { encodeServerReport } from "../../../src/server-report/encode-server-report.js";
import { messageEvent } from "../../support/slack/event-callback-body.js";
import type { FakeMessage } from "../../support/slack/fake-message-store.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
} from "../../support/slack/slack-bot-harness.js";
import { checkSlackLimits } from "./check-slack-limits.js";

let slack: SlackBotHarness | undefined;
afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

/** A posted message as the checker reads it: what the fake Web API received, exactly. */
const asPosted = (m: FakeMessage) => ({ text: m.text ?? "", blocks: m.blocks ?? [] }) as SlackMessage;
const blockTextProblems = (m: FakeMessage) => checkSlackLimits(asPosted(m));

const report = encodeServerReport(
  JSON.parse(readFileSync("test/fixtures/server-reports/cert-private-key.json", "utf8")) as unknown,
);

describe("Slack: a diagnosis card stays a card (12,000 characters of block text at most)", () => {
  it("GIVEN the unusable-private-key card, then every cause shown, then a pasted server report THEN every message the real Bolt app posts is inside every Slack limit", async () => {
    slack = await startSlackBotHarness({ fault: "key-unusable" });
    const bot = slack;
    await bot.command(`127.0.0.1 --port ${bot.rdp.port}`);
    const root = await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await bot.click(await bot.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    await bot.click(await bot.waitForMessage(showing("Question 1"), root.ts), "Results now");
    let card = await bot.waitForMessage(showing("Show more causes"), root.ts);
    expect(blockTextProblems(card), "the first card").toEqual([]);
    expect(JSON.stringify(card.blocks)).toContain("1a)");

    for (let more = 1; bot.buttonsOf(card).some((b) => b.label === "Show more causes"); more++) {
      const before = card.ts;
      await bot.click(card, "Show more causes");
      card = await bot.waitForMessage((m) => m.ts > before && showing("Hand off")(m), root.ts);
      expect(blockTextProblems(card), `after "Show more causes" ${more} time(s)`).toEqual([]);
      expect(more, "the causes run out").toBeLessThan(10);
    }

    await bot.event(messageEvent({ text: report, threadTs: root.ts }), "EvCardSize");
    const reranked = await bot.waitForMessage(showing("re-ranked with the server"), root.ts);
    expect(blockTextProblems(reranked), "every cause with the server report").toEqual([]);

    const posted = bot.api.threadOf(root.channel, root.ts).filter((m) => m.blocks !== undefined);
    for (const message of posted) expect(blockTextProblems(message), message.text).toEqual([]);
    expect(slackLimits.messageBlockText).toBe(12_000);
  });

  it("GIVEN Slack refuses the card as too long anyway (msg_blocks_too_long) THEN a shortened card is posted instead of silence, and its buttons work", async () => {
    slack = await startSlackBotHarness({ fault: "key-unusable" });
    const bot = slack;
    await bot.command(`127.0.0.1 --port ${bot.rdp.port}`);
    const root = await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await bot.click(await bot.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    const question = await bot.waitForMessage(showing("Question 1"), root.ts);
    bot.api.failNext("chat.postMessage", { okFalse: "msg_blocks_too_long" });
    await bot.click(question, "Results now");
    const card = await bot.waitForMessage(showing("Hand off"), root.ts);
    expect(blockTextProblems(card)).toEqual([]);
    expect(slackBlockText(asPosted(card).blocks), "fitted again to a third of the text").toBeLessThanOrEqual(
      4_000,
    );
    expect(JSON.stringify(card.blocks)).toContain("1a)");
    expect(bot.buttonsOf(card).map((b) => b.label)).toContain("This fixed it");
    await bot.click(card, "Show more causes");
    await bot.waitForMessage((m) => m.ts > card.ts && showing("Hand off")(m), root.ts);
    const thread = bot.api.threadOf(root.channel, root.ts);
    expect(thread.some((m) => JSON.stringify(m.blocks ?? "").includes("could not be delivered"))).toBe(false);
  });
});
