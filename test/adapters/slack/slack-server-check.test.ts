import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { encodeServerReport } from "../../../src/server-report/encode-server-report.js";
import { messageEvent } from "../../support/slack/event-callback-body.js";
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

const fixture = (cause: string) =>
  JSON.parse(readFileSync(`test/fixtures/server-reports/${cause}.json`, "utf8")) as unknown;

describe("Slack: Check the server", () => {
  it("GIVEN a diagnosis with a server-side cause on top THEN Check the server posts the collector, and the report pasted in the thread re-ranks the same diagnosis", async () => {
    slack = await startSlackBotHarness({ fault: "key-unusable" });
    const bot = slack;
    await bot.command(`127.0.0.1 --port ${bot.rdp.port}`);
    const root = await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    await bot.click(await bot.waitForMessage(showing("Probe now"), root.ts), "Probe now");
    // The probes see TLS die on an unusable certificate, but not why: the engine still has questions.
    await bot.click(await bot.waitForMessage(showing("Question 1"), root.ts), "Results now");
    const card = await bot.waitForMessage(showing("Check the server"), root.ts);

    await bot.click(card, "Check the server");
    const collector = await bot.waitForMessage(showing("RDPFIX1:"), root.ts);
    expect(collector.text).toContain("Windows PowerShell as administrator");
    // The line starts with PowerShell's call operator `&`, escaped as Slack asks (it shows "&").
    // A code block as every Slack command is shown: the fence on its own line.
    expect(collector.text).toMatch(/```\n&amp; \(\[scriptblock\]::Create\([^`]+```/);

    // Someone with the server pastes the line it printed into the thread.
    const line = encodeServerReport(fixture("cert-private-key"));
    const reply = messageEvent({ text: line, threadTs: root.ts });
    expect((await bot.event(reply, "EvReport1")).status).toBe(200);
    const moved = await bot.waitForMessage(showing("Server report added"), root.ts);
    // mrkdwn escapes ">" as "&gt;"; Slack shows it as "->".
    expect(visibleText(moved)).toMatch(/cert-private-key: \d+% -&gt; 100%/);
    const reranked = await bot.waitForMessage(
      (m) => showing("re-ranked with the server")(m) && showing("This fixed it")(m),
      root.ts,
    );
    expect(topCauseTitle(visibleText(reranked))).toMatch(/private key/i);
    expect(visibleText(reranked)).toContain("server.");
    expect(
      bot.buttonsOf(reranked).map((b) => b.label),
      "a report is in: no second offer",
    ).not.toContain("Check the server");
    const session = await bot.store.loadSession(`slack:T1:${fakeSlackIds.channelId}:${root.ts}`);
    expect(session?.serverReport?.by).toBe(fakeSlackIds.userId);
  });

  it("GIVEN a tampered report in the thread THEN the thread is told why it cannot be read, and nothing changes", async () => {
    slack = await startSlackBotHarness({ fault: "key-unusable" });
    const bot = slack;
    const { root, first } = await bot.startDiagnosis(`127.0.0.1 --port ${bot.rdp.port}`);
    await bot.click(first, "Skip probes");
    await bot.waitForMessage(showing("Question 1"), root.ts);
    const line = encodeServerReport(fixture("healthy"));
    const tampered = `${line.slice(0, 40)}${line[40] === "A" ? "B" : "A"}${line.slice(41)}`;
    await bot.event(messageEvent({ text: tampered, threadTs: root.ts }), "EvReport2");
    await bot.waitForMessage(showing("I could not read that server report"), root.ts);
    const session = await bot.store.loadSession(`slack:T1:${fakeSlackIds.channelId}:${root.ts}`);
    expect(session?.serverReport).toBeUndefined();
  });

  it("GIVEN a report line in a thread that holds no diagnosis THEN the bot stays silent", async () => {
    slack = await startSlackBotHarness();
    const bot = slack;
    const parent = messageEvent({ text: "unrelated" });
    await bot.event(parent, "EvParent");
    const line = encodeServerReport(fixture("healthy"));
    await bot.event(messageEvent({ text: line, threadTs: parent.ts }), "EvReport3");
    // A later command is answered, so the report would have been handled by now.
    await bot.command("127.0.0.1");
    await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    expect(
      bot.api.threadOf(fakeSlackIds.channelId, parent.ts).filter((m) => m.user !== fakeSlackIds.userId),
    ).toEqual([]);
  });
});
