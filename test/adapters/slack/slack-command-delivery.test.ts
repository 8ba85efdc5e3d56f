import { afterEach, describe, expect, it } from "vitest";
import { createMetricsRegistry } from "../../../src/runtime/metrics-registry.js";
import { pollUntil } from "../../support/lab/poll-until.js";
import { metricsSample as sample } from "../../support/metrics-sample.js";
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
const rootText = "started a Remote Desktop diagnosis of";

describe("Slack: a slash command never vanishes without a word", () => {
  it("GIVEN Slack answers 500 to every post for 6.5 s after /rdp-fix THEN the root message is retried past the outage and the diagnosis goes on in its thread", async () => {
    const { metrics, registry } = createMetricsRegistry();
    slack = await startSlackBotHarness({ metrics });
    slack.api.failFor("chat.postMessage", { status: 500 }, 6_500);
    await slack.command("host42");

    const root = await slack.waitForMessage(has(rootText), undefined, 15_000);
    await slack.waitForMessage(has("Probe now"), root.ts);
    const posts = slack.api.callsTo("chat.postMessage");
    const failed = posts.filter((c) => c.status === 500);
    const delivered = posts.find((c) => c.status === 200);
    expect(failed.length).toBeGreaterThanOrEqual(3);
    // Four tries over 6 s used to be all a root message got; this one outlived the whole outage.
    expect((delivered?.at ?? 0) - (failed[0]?.at ?? 0)).toBeGreaterThanOrEqual(6_000);
    expect(slack.api.responses, "nobody is told of a failure that did not happen").toEqual([]);
    const text = await registry.metrics();
    expect(sample(text, 'rdpfix_chat_api_retries_total{platform="slack"}')).toBe(failed.length);
    expect(sample(text, 'rdpfix_chat_api_errors_total{platform="slack"}') ?? 0).toBe(0);
  }, 25_000);

  it("GIVEN Slack keeps failing past the retry budget THEN the person hears it through the command's response_url, the loss is logged and counted, and the job is done", async () => {
    const { metrics, registry } = createMetricsRegistry();
    slack = await startSlackBotHarness({ metrics, firstMessageBudgetMs: 1_500 });
    slack.api.failFor("chat.postMessage", { status: 503 }, 60_000);
    const before = slack.api.responses.length;
    await slack.command("host42");

    const told = await slack.api.waitFor(
      () => slack?.api.responses.slice(before).find((r) => String(r.body.text).includes("host42")),
      8_000,
    );
    expect(told.status).toBe(200);
    expect(told.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(told.body.text)).toMatch(
      /could not start the diagnosis of `host42`.*run the command again/,
    );
    const lost = slack.logLines.find((l) =>
      String(l.msg).startsWith("could not post the diagnosis root message"),
    );
    expect(lost).toMatchObject({ host: "host42", level: 50 });
    expect(Number(lost?.attempts)).toBeGreaterThanOrEqual(2);
    const store = slack.store;
    const open = await pollUntil(async () => ((await store.countOpenJobs()) === 0 ? 0 : undefined), {
      deadlineMs: 2_000,
    });
    expect(open, "the command's job is finished, not left to be retried").toBe(0);
    expect(slack.api.messagesIn(fakeSlackIds.channelId).filter(has(rootText))).toEqual([]);
    const text = await registry.metrics();
    expect(sample(text, 'rdpfix_chat_api_errors_total{platform="slack"}')).toBe(1);
  });

  it("GIVEN the command's work waited past its deadline THEN the person is told through the response_url instead of hearing nothing", async () => {
    slack = await startSlackBotHarness();
    await slack.chat.stop(0);
    // The work as the listener queues it, already past its deadline (as after a long outage of every replica).
    const responseUrl = slack.api.responseUrl({ userId: fakeSlackIds.userId });
    await slack.store.enqueueJob({
      kind: "slack:command",
      payload: {
        team: fakeSlackIds.teamId,
        channel: fakeSlackIds.channelId,
        user: "U1",
        host: "host42",
        text: "",
        responseUrl,
      },
      deadline: Date.now() - 1,
    });
    await slack.chat.start();
    const told = await slack.api.waitFor(() => slack?.api.responses.find((r) => r.status === 200), 4_000);
    expect(String(told.body.text)).toContain("could not finish handling that in time");
  });
});
