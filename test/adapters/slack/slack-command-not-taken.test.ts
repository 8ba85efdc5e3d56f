import { afterEach, describe, expect, it } from "vitest";
import { notTakenText } from "../../../src/chat/not-taken-text.js";
import { type SlackBotHarness, startSlackBotHarness } from "../../support/slack/slack-bot-harness.js";
import { StoreRefusingWork } from "../../support/store-refusing-work.js";

let bot: SlackBotHarness | undefined;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe("Slack: a command the store cannot take", () => {
  it("GIVEN the state store refuses the command's write THEN the ack tells the person, the failure is logged, and nothing starts", async () => {
    const store = new StoreRefusingWork();
    bot = await startSlackBotHarness({ store });
    store.refuse = true;

    const reply = await bot.command("host42 0x904");

    expect(reply.status).toBe(200);
    expect(reply.body).toContain(notTakenText);
    expect(bot.logLines.some((l) => l.msg === "a Slack command could not be queued" && l.level === 50)).toBe(
      true,
    );
    expect(await store.countOpenJobs()).toBe(0);
    expect(bot.api.callsTo("chat.postMessage")).toEqual([]);
  });
});
