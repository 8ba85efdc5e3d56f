import { afterEach, describe, expect, it } from "vitest";
import { type DiagnosisReply, step } from "../../src/engine/index.js";
import type { StateStore } from "../../src/state/state-store.js";
import { startDiscordBotHarness } from "../support/discord/discord-bot-harness.js";
import { shippedFlow } from "../support/engine-conversation.js";
import { fakeSlackIds } from "../support/slack/fake-slack-ids.js";
import { showing, startSlackBotHarness } from "../support/slack/slack-bot-harness.js";

const stops: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** The diagnosis a session stands at, as the engine would show it to whoever resumes it. */
async function diagnosisOf(store: StateStore, conversation: string): Promise<DiagnosisReply> {
  const session = await store.loadSession(conversation);
  const reply = step(
    shippedFlow(),
    session,
    { kind: "resume", user: "parity" },
    { now: "2026-11-21T00:00:00Z", newId: () => "x" },
  ).replies[0];
  if (reply?.kind !== "diagnosis")
    throw new Error(`the conversation is not at a diagnosis but at ${reply?.kind}`);
  return reply;
}

/** What must be equal across platforms: the ranked causes, their confidences and their fixes. */
const essence = (d: DiagnosisReply) =>
  d.causes.map((c) => ({
    id: c.id,
    confidence: Number(c.confidence.toFixed(9)),
    fixes: c.fixes.map((f) => f.id),
  }));

describe("parity: one flow, two platforms", () => {
  it("GIVEN the same scripted conversation (probe, then one answer) against the same host THEN Slack and Discord reach the same ranked causes, confidences and fixes", async () => {
    const script = { fault: "tls-stall", answer: "It hangs for 20 seconds" };

    const slack = await startSlackBotHarness({ fault: script.fault });
    stops.push(slack.stop);
    await slack.command(`127.0.0.1 --port ${slack.rdp.port}`);
    const root = await slack.waitForMessage((m) =>
      (m.text ?? "").includes("started a Remote Desktop diagnosis"),
    );
    await slack.click(
      await slack.waitForMessage((m) => slack.buttonsOf(m).some((b) => b.label === "Probe now"), root.ts),
      "Probe now",
    );
    const slackQuestion = await slack.waitForMessage(showing("Question 1"), root.ts, 15_000);
    const slackChoice = slack.buttonsOf(slackQuestion).find((b) => b.label.includes(script.answer));
    if (slackChoice) await slack.click(slackQuestion, slackChoice.label);
    else
      await slack.choose(
        slackQuestion,
        slack.selectOf(slackQuestion)?.options.find((o) => o.text.text.includes(script.answer))?.text.text ??
          "",
      );
    await slack.waitForMessage((m) => slack.buttonsOf(m).some((b) => b.label === "Hand off"), root.ts);
    const onSlack = await diagnosisOf(slack.store, `slack:T1:${fakeSlackIds.channelId}:${root.ts}`);

    const discord = await startDiscordBotHarness({ fault: script.fault });
    stops.push(discord.stop);
    discord.command({ host: "127.0.0.1", port: discord.rdp.port });
    discord.click(
      await discord.waitForMessage((m) => discord.componentsOf(m).some((c) => c.label === "Probe now")),
      "Probe now",
    );
    const discordQuestion = await discord.waitForMessage(
      (m) => JSON.stringify(m.embeds).includes("Question 1"),
      15_000,
    );
    const discordChoice = discord
      .componentsOf(discordQuestion)
      .find((c) => c.type === 2 && c.label.includes(script.answer));
    if (discordChoice) discord.click(discordQuestion, discordChoice.label);
    else discord.choose(discordQuestion, script.answer);
    await discord.waitForMessage((m) => discord.componentsOf(m).some((c) => c.label === "Hand off"));
    const thread = discord.fake.threads[0];
    const onDiscord = await diagnosisOf(discord.store, `discord:${thread?.id}:${thread?.startMessageId}`);

    expect(onSlack.causes[0]?.id).toBe("path-mtu");
    expect(essence(onDiscord)).toEqual(essence(onSlack));
    expect(onDiscord.findings.map((f) => f.id).sort()).toEqual(onSlack.findings.map((f) => f.id).sort());
  }, 40_000);
});
