import { afterEach, describe, expect, it } from "vitest";
import { blockActionsBody } from "../../support/slack/block-actions-body.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  visibleText,
} from "../../support/slack/slack-bot-harness.js";
import { slashCommandBody } from "../../support/slack/slash-command-body.js";

let slack: SlackBotHarness | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

const has = showing;

describe("Slack in Socket Mode (apps.connections.open + WebSocket)", () => {
  it("GIVEN a slash command and a click over the socket THEN both are acked and the conversation goes on in the thread", async () => {
    slack = await startSlackBotHarness({ socketMode: true });
    const socket = slack.socket;
    if (!socket) throw new Error("no socket server");
    await socket.waitForConnection();
    expect(slack.api.callsTo("apps.connections.open")[0]?.token).toBe("xapp-1-test");

    const command = socket.push(
      "slash_commands",
      slashCommandBody({ text: "host42", responseUrl: slack.api.responseUrl() }),
    );
    await socket.waitForAck(command);
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    const consent = await slack.waitForMessage(has("Skip probes"), root.ts);

    const skip = slack.buttonsOf(consent).find((b) => b.label === "Skip probes");
    if (!skip) throw new Error("no Skip probes button");
    const click = socket.push(
      "interactive",
      blockActionsBody({
        actionId: skip.actionId,
        value: skip.value,
        messageTs: consent.ts,
        threadTs: root.ts,
        responseUrl: slack.api.responseUrl(),
      }),
    );
    await socket.waitForAck(click);
    await slack.waitForMessage(has("Question 1"), root.ts);
  });
});

describe("Slack handoff by command", () => {
  it("GIVEN a running diagnosis WHEN someone types /rdp-fix handoff @person THEN the summary lands in its thread and mentions them", async () => {
    slack = await startSlackBotHarness();
    await slack.command("host42");
    const root = await slack.waitForMessage(has("started a Remote Desktop diagnosis of"));
    await slack.waitForMessage(has("Skip probes"), root.ts);
    expect((await slack.command("handoff <@U0CAROL|carol>")).status).toBe(200);
    const handoff = await slack.waitForMessage(has("Handoff"), root.ts);
    expect(visibleText(handoff)).toContain("<@U0CAROL>");
    expect(visibleText(handoff)).toContain("host42");
  });
});
