import { afterEach, describe, expect, it } from "vitest";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  topCauseTitle,
  visibleText,
} from "../../support/slack/slack-bot-harness.js";

let slack: SlackBotHarness | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

const has = showing;

describe("Slack: /rdp-fix on the real Bolt app", () => {
  it("GIVEN /rdp-fix against an endpoint with an expired certificate THEN a thread leads from consent through probes to a diagnosis card whose buttons work", async () => {
    slack = await startSlackBotHarness({ fault: "expired-cert" });
    const ack = await slack.command(`127.0.0.1 --port ${slack.rdp.port} 0x904 since monday`);
    expect(ack.status).toBe(200);
    expect(ack.body).toBe("");

    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    expect(root.threadTs).toBeUndefined();
    const consent = await slack.waitForMessage(has("Probe now"), root.ts);
    expect(slack.buttonsOf(consent).map((b) => b.label)).toEqual(
      expect.arrayContaining(["Probe now", "Skip probes"]),
    );

    await slack.click(consent, "Probe now");
    const card = await slack.waitForMessage(
      (m) => slack?.buttonsOf(m).some((b) => b.label === "This fixed it") === true,
      root.ts,
    );
    const text = visibleText(card);
    expect(text).toMatch(/certificate is expired/i);
    expect(text).toContain("```");
    expect(text).toContain("Remove-Item");
    const labels = slack.buttonsOf(card).map((b) => b.label);
    expect(labels).toEqual(
      expect.arrayContaining(["This fixed it", "Didn't help", "Show more causes", "Hand off"]),
    );

    const progress = slack.api.threadOf(fakeSlackIds.channelId, root.ts).find(has("TLS versions accepted"));
    expect(progress, "one progress message, edited in place").toBeDefined();
    expect(slack.api.callsTo("chat.update").length).toBeGreaterThan(0);

    await slack.click(card, "Didn't help");
    const nextFix = await slack.waitForMessage((m) => m.ts !== card.ts && has("did not help")(m), root.ts);
    expect(topCauseTitle(visibleText(nextFix)), "one failed fix keeps the cause first").toMatch(
      /certificate is expired/i,
    );
    expect(visibleText(nextFix)).toMatch(/~1a\)[^~]*~ _did not help_/);
    expect(slack.buttonsOf(nextFix).map((b) => b.label)).toContain("Not the cause");

    await slack.click(nextFix, "Not the cause");
    const reranked = await slack.waitForMessage(
      (m) => m.ts !== nextFix.ts && has("Set aside after your feedback")(m) && has("This fixed it")(m),
      root.ts,
    );
    expect(topCauseTitle(visibleText(reranked))).not.toMatch(/certificate is expired/i);
    expect(visibleText(reranked)).toMatch(/Set aside after your feedback:[^"]*certificate is expired/i);

    await slack.click(reranked, "Hand off", "U0BOB");
    const handoff = await slack.waitForMessage(has("Handoff"), root.ts);
    expect(visibleText(handoff)).toContain("cert.expired");
    expect(visibleText(handoff)).toContain("<@U0BOB>");
    expect(visibleText(handoff), "the handoff lists the cause ruled out").toMatch(
      /Ruled out:\*[^"]*certificate is expired/,
    );

    await slack.click(reranked, "This fixed it");
    await slack.waitForMessage(has("Solved"), root.ts);
    const session = await slack.store.loadSession(`slack:T1:${fakeSlackIds.channelId}:${root.ts}`);
    expect(session?.status).toBe("solved");
  });

  it("GIVEN the user skips probes THEN questions come as buttons, and a double click advances only once", async () => {
    slack = await startSlackBotHarness();
    await slack.command("host42");
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(has("Skip probes"), root.ts);
    await slack.click(consent, "Skip probes");
    const question = await slack.waitForMessage(has("Question 1"), root.ts);
    const first = slack.selectOf(question)?.options[0]?.text.text;
    if (!first) throw new Error(`the first question offers no choices: ${visibleText(question)}`);
    await Promise.all([slack.choose(question, first), slack.choose(question, first)]);
    await slack.waitForMessage(has("Question 2"), root.ts);
    await slack.waitForMessage(has("already answered"), root.ts);
    const session = await slack.store.loadSession(`slack:T1:${fakeSlackIds.channelId}:${root.ts}`);
    expect(session?.answers).toHaveLength(1);
  });

  it("GIVEN a click from an older diagnosis in the thread THEN the clicker gets a friendly ephemeral note", async () => {
    slack = await startSlackBotHarness();
    await slack.command("host42");
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(has("Skip probes"), root.ts);
    const stale = {
      ...consent,
      blocks: JSON.parse(
        JSON.stringify(consent.blocks).replaceAll(slack.buttonsOf(consent)[0]?.value ?? "", "old-session"),
      ),
    };
    await slack.click(stale, "Skip probes");
    const note = await slack.api.waitFor(() =>
      slack?.api.ephemerals.find((e) => JSON.stringify(e).includes("no longer running")),
    );
    expect(note).toBeDefined();
  });

  it("GIVEN a bad host THEN the command is answered at once with an ephemeral explanation and nothing is posted", async () => {
    slack = await startSlackBotHarness();
    const ack = await slack.command("bad;host");
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.body)).toMatchObject({ response_type: "ephemeral" });
    expect(ack.body).toContain("cannot use");
    expect(slack.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("GIVEN a forged signature or a stale timestamp THEN Bolt rejects the request and nothing starts", async () => {
    slack = await startSlackBotHarness();
    expect((await slack.command("host42", { forgeSignature: true })).status).toBe(401);
    expect((await slack.command("host42", { ageSeconds: 6 * 60 })).status).toBe(401);
    expect(slack.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("GIVEN /healthz THEN the bot answers 200", async () => {
    slack = await startSlackBotHarness();
    const response = await fetch(`${slack.boltUrl}/healthz`);
    expect(response.status).toBe(200);
  });
});
