import { afterEach, describe, expect, it } from "vitest";
import { slackThreadKeys } from "../../../adapters/slack/slack-conversation-key.js";
import { messageEvent } from "../../support/slack/event-callback-body.js";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
} from "../../support/slack/slack-bot-harness.js";

let slack: SlackBotHarness | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

const has = showing;
const channel = fakeSlackIds.channelId;
const already = "A diagnosis of 127.0.0.1 is already in this thread";

/** A 0x904 report in a triage channel, and the offer the bot threads under it. */
async function triageOffer(bot: SlackBotHarness) {
  const report = messageEvent({
    text: "Getting 0x904 extended 0x7 connecting to 127.0.0.1 since the reboot",
  });
  await bot.event(report, `Ev-${report.ts}`);
  const offer = await bot.waitForMessage(has("Diagnose 127.0.0.1"), report.ts);
  const conversation = slackThreadKeys.key({ team: fakeSlackIds.teamId, channel, threadTs: report.ts });
  return { thread: report.ts, offer, conversation };
}

describe("Slack: the triage offer's Start is idempotent per thread", () => {
  it("GIVEN a triage offer WHEN Start is clicked twice at once THEN one diagnosis starts and the other click only gets a note", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    const { thread, offer, conversation } = await triageOffer(slack);

    await Promise.all([slack.click(offer, "Diagnose 127.0.0.1"), slack.click(offer, "Diagnose 127.0.0.1")]);
    await slack.waitForMessage(has(already), thread);
    await slack.waitForMessage(has("Probe now"), thread);

    const messages = slack.api.threadOf(channel, thread);
    expect(messages.filter(has("Probe now"))).toHaveLength(1);
    expect(messages.filter(has(already))).toHaveLength(1);
    expect((await slack.store.loadSession(conversation))?.status).toBe("awaiting-consent");
  });

  it("GIVEN the first Start was handled (the consent prompt is up) WHEN Start is clicked again THEN the same session goes on and its prompt still works", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    const { thread, offer, conversation } = await triageOffer(slack);
    await slack.click(offer, "Diagnose 127.0.0.1");
    const consent = await slack.waitForMessage(has("Probe now"), thread);
    const first = await slack.store.loadSession(conversation);

    await slack.click(offer, "Diagnose 127.0.0.1");
    await slack.waitForMessage(has(already), thread);
    expect((await slack.store.loadSession(conversation))?.id).toBe(first?.id);

    await slack.click(consent, "Skip probes");
    await slack.waitForMessage(has("Results now"), thread);
    expect(slack.api.threadOf(channel, thread).filter(has("Probe now"))).toHaveLength(1);
  });

  it("GIVEN a diagnosis in the offer's thread WHEN Start is clicked again THEN the diagnosis stays and This fixed it on its card solves it", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    const { thread, offer, conversation } = await triageOffer(slack);
    await slack.click(offer, "Diagnose 127.0.0.1");
    await slack.click(await slack.waitForMessage(has("Probe now"), thread), "Skip probes");
    await slack.click(await slack.waitForMessage(has("Results now"), thread), "Results now");
    const card = await slack.waitForMessage(has("This fixed it"), thread);
    const diagnosed = await slack.store.loadSession(conversation);
    expect(diagnosed?.status).toBe("diagnosed");

    await slack.click(offer, "Diagnose 127.0.0.1");
    await slack.waitForMessage(has(already), thread);
    expect(await slack.store.loadSession(conversation)).toEqual(diagnosed);

    await slack.click(card, "This fixed it");
    await slack.waitForMessage(has("Solved"), thread);
    expect((await slack.store.loadSession(conversation))?.status).toBe("solved");
    expect(slack.api.ephemerals.filter((e) => String(e.text).includes("no longer running"))).toEqual([]);
  });
});
