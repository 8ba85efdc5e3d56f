import { afterEach, describe, expect, it } from "vitest";
import { appMentionEvent, messageEvent } from "../../support/slack/event-callback-body.js";
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
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const channel = fakeSlackIds.channelId;

describe("Slack triage and mentions", () => {
  it("GIVEN a message in a triage channel that reads like a 0x904 report THEN one offer is threaded under it, and its button starts the diagnosis there", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    const report = messageEvent({
      text: `Getting 0x904 extended 0x7 connecting to 127.0.0.1 since the reboot`,
    });
    expect((await slack.event(report, "Ev1")).status).toBe(200);
    const offer = await slack.waitForMessage(has("Diagnose 127.0.0.1"), report.ts);
    expect(offer.threadTs).toBe(report.ts);

    await slack.click(offer, "Diagnose 127.0.0.1");
    await slack.waitForMessage(has("Probe now"), report.ts);
    // The post that started it is the person's words: its error code is read; the bot's offer is not.
    const reading = await slack.waitForMessage(has("From your message"), report.ts);
    expect(JSON.stringify(reading.blocks)).toContain("0x904");
  });

  it("GIVEN an ordinary message or a channel without triage THEN the bot stays silent", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    await slack.event(messageEvent({ text: "the RDP runbook is in the wiki" }), "Ev1");
    await slack.event(messageEvent({ text: "0x904 on host42", channel: "C_OTHER" }), "Ev2");
    await settle();
    expect(slack.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("GIVEN Slack retries an event THEN it is answered once", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    const report = messageEvent({ text: "0x904 when connecting to host42.corp.example" });
    await slack.event(report, "Ev1");
    await slack.event(report, "Ev1", { retry: { num: 1, reason: "http_timeout" } });
    await slack.event(report, "Ev1", { retry: { num: 2, reason: "http_timeout" } });
    await slack.waitForMessage(has("Diagnose host42.corp.example"), report.ts);
    await settle();
    expect(slack.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("GIVEN a mention in a triage channel (the message + app_mention pair) THEN exactly one diagnosis starts", async () => {
    slack = await startSlackBotHarness({ triageChannels: [channel] });
    const text = `<@${fakeSlackIds.botUserId}> host42 getting 0x904`;
    const asMessage = messageEvent({ text });
    const asMention = appMentionEvent({ text, ts: asMessage.ts });
    await Promise.all([slack.event(asMessage, "EvMsg"), slack.event(asMention, "EvMention")]);
    await slack.waitForMessage(has("Probe now"), asMessage.ts);
    await settle();
    // One consent prompt; the mention's own words ("getting 0x904") are read and said once before it.
    const posted = slack.api.callsTo("chat.postMessage").map((c) => JSON.stringify(c));
    expect(posted.filter((c) => c.includes("Probe now"))).toHaveLength(1);
    expect(posted.filter((c) => c.includes("From your message"))).toHaveLength(1);
    expect(posted).toHaveLength(2);
  });

  it("GIVEN a mention without a host THEN the bot answers with help in the thread", async () => {
    slack = await startSlackBotHarness();
    const mention = appMentionEvent({ text: `<@${fakeSlackIds.botUserId}> help me` });
    await slack.event(mention, "Ev1");
    await slack.waitForMessage(has("/rdp-fix host42"), mention.ts);
  });
});

describe("Slack Web API trouble", () => {
  it("GIVEN chat.postMessage is rate limited once THEN the message still arrives and the user is told it was late", async () => {
    slack = await startSlackBotHarness();
    slack.api.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 });
    await slack.command("host42");
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    await slack.waitForMessage(has("Probe now"), root.ts);
    expect(slack.api.calls.filter((c) => c.method === "chat.postMessage" && c.status === 429)).toHaveLength(
      1,
    );
  });

  it("GIVEN a server error on a threaded reply THEN it is retried, delivered, and the thread says it was late", async () => {
    slack = await startSlackBotHarness();
    await slack.command("host42");
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(has("Skip probes"), root.ts);
    slack.api.failNext("chat.postMessage", { status: 500 });
    await slack.click(consent, "Skip probes");
    await slack.waitForMessage(has("Question 1"), root.ts);
    await slack.waitForMessage(has("arrived late; nothing was lost"), root.ts);
  });

  it("GIVEN Slack refuses every attempt THEN the next delivered message offers Resume and nothing is lost", async () => {
    slack = await startSlackBotHarness();
    await slack.command("host42");
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(has("Skip probes"), root.ts);
    slack.api.failNext("chat.postMessage", { status: 500 }, 4);
    await slack.click(consent, "Skip probes");
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 7000));
    expect(slack.api.threadOf(channel, root.ts).some(has("Question 1"))).toBe(false);
    await slack.click(consent, "Skip probes");
    const note = await slack.waitForMessage(has("could not be delivered"), root.ts);
    await slack.click(note, "Resume");
    await slack.waitForMessage(has("Question 1"), root.ts);
  }, 30_000);
});
