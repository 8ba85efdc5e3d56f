import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { encodeServerReport } from "../../../src/server-report/encode-server-report.js";
import {
  type DiscordBotHarness,
  discordShowing,
  discordVisibleText,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";

let discord: DiscordBotHarness | undefined;
afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

const has = discordShowing;
const fixture = (cause: string) =>
  JSON.parse(readFileSync(`test/fixtures/server-reports/${cause}.json`, "utf8")) as unknown;

/**
 * A probed diagnosis of the unusable-key endpoint, "Check the server" on its card, then "Paste the report"
 * on the collector message: the card, that message and the interaction the bot answered with the form.
 */
async function openPasteForm(bot: DiscordBotHarness) {
  bot.command({ host: "127.0.0.1", port: bot.rdp.port });
  bot.click(await bot.waitForMessage(has("Probe now")), "Probe now");
  // The probes see TLS die on an unusable certificate, but not why: the engine still has questions.
  bot.click(await bot.waitForMessage(has("Question 1")), "Results now");
  const card = await bot.waitForMessage((m) =>
    bot.componentsOf(m).some((c) => c.label === "Check the server"),
  );
  bot.click(card, "Check the server");
  const collector = await bot.waitForMessage(has("Check the server."));
  const before = bot.fake.interactions.length;
  bot.click(collector, "Paste the report");
  const opened = await bot.fake.waitFor(() =>
    bot.fake.interactions.slice(before).find((i) => i.callback?.type === 9),
  );
  return { card, collector, opened };
}

describe("Discord: Check the server", () => {
  it("GIVEN a server-side cause on top THEN Check the server attaches the collector, Paste the report opens a form, and the report re-ranks the same diagnosis", async () => {
    discord = await startDiscordBotHarness({ fault: "key-unusable" });
    const bot = discord;
    const { card, collector, opened } = await openPasteForm(bot);
    const upload = bot.fake.callsTo("POST /channels/:id/messages").find((c) => c.files.length > 0);
    expect(upload?.files).toEqual(["rdp-fix-collector.ps1"]);
    expect(discordVisibleText(collector)).toContain("Windows PowerShell as administrator");
    const form = opened.callback?.data as {
      components?: Array<{ components?: Array<{ max_length?: number }> }>;
    };
    expect(form.components?.[0]?.components?.[0]?.max_length).toBe(4000);

    bot.submitModal(opened, { report: encodeServerReport(fixture("cert-private-key")) });
    const moved = await bot.waitForMessage(has("Server report added"));
    // Discord markdown escapes ">" (a quote marker) as "\>"; the reader sees "->".
    expect(discordVisibleText(moved)).toMatch(/cert-private-key: \d+% -\\\\> 100%/);
    const reranked = await bot.waitForMessage((m) => m.id !== card.id && has("re-ranked with the server")(m));
    expect(discordVisibleText(reranked)).toMatch(/private key/i);
    expect(bot.componentsOf(reranked).map((c) => c.label)).not.toContain("Check the server");
  });

  it("GIVEN a garbled paste THEN only the person who pasted is told why, and the diagnosis is unchanged", async () => {
    discord = await startDiscordBotHarness({ fault: "key-unusable" });
    const bot = discord;
    const { opened } = await openPasteForm(bot);
    bot.submitModal(opened, { report: "RDPFIX1:not-base64!!" });
    const note = await bot.fake.waitForCall("POST /webhooks/:id/:token", (c) =>
      JSON.stringify(c.body).includes("could not read that server report"),
    );
    expect(((note.body as { flags?: number }).flags ?? 0) & 64, "ephemeral: only the paster sees it").toBe(
      64,
    );
    expect(bot.botMessages().some(has("Server report added"))).toBe(false);
  });
});
