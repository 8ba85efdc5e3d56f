import { afterEach, describe, expect, it } from "vitest";
import { discordConversationKey } from "../../../adapters/discord/discord-conversation-key.js";
import {
  type DiscordBotHarness,
  discordShowing,
  discordVisibleText,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import { userMessagePayload } from "../../support/discord/message-create-payload.js";

let discord: DiscordBotHarness | undefined;

afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

const has = discordShowing;
const already = "A diagnosis of 127.0.0.1 is already in this thread";

/** A 0x904 report in a triage channel, and the offer the bot posts in a thread off it. */
async function triageOffer(bot: DiscordBotHarness) {
  const content = "Getting 0x904 extended 0x7 connecting to 127.0.0.1 since the reboot";
  bot.fake.dispatch("MESSAGE_CREATE", userMessagePayload({ content }));
  const offer = await bot.waitForMessage(has("Diagnose 127.0.0.1"));
  const inThread = (fragment: string) => bot.fake.messagesIn(offer.channelId).filter(has(fragment));
  return { offer, inThread, conversation: discordConversationKey(offer.channelId, offer.id) };
}

const withTriage = () => startDiscordBotHarness({ triageChannels: [fakeDiscordIds.channelId] });

describe("Discord: the triage offer's Start is idempotent per thread", () => {
  it("GIVEN a triage offer WHEN Start is clicked twice at once THEN one diagnosis starts and the other click only gets a note", async () => {
    discord = await withTriage();
    const { offer, inThread, conversation } = await triageOffer(discord);

    discord.click(offer, "Diagnose 127.0.0.1");
    discord.click(offer, "Diagnose 127.0.0.1");
    await discord.waitForMessage(has(already));
    await discord.waitForMessage(has("Probe now"));

    expect(inThread("Probe now")).toHaveLength(1);
    expect(inThread(already)).toHaveLength(1);
    expect((await discord.store.loadSession(conversation))?.status).toBe("awaiting-consent");
  });

  it("GIVEN the first Start was handled (the consent prompt is up) WHEN Start is clicked again THEN the same session goes on and its prompt still works", async () => {
    discord = await withTriage();
    const { offer, inThread, conversation } = await triageOffer(discord);
    discord.click(offer, "Diagnose 127.0.0.1");
    const consent = await discord.waitForMessage(has("Probe now"));
    const first = await discord.store.loadSession(conversation);

    discord.click(offer, "Diagnose 127.0.0.1");
    await discord.waitForMessage(has(already));
    expect((await discord.store.loadSession(conversation))?.id).toBe(first?.id);

    discord.click(consent, "Skip probes");
    await discord.waitForMessage(has("Results now"));
    expect(inThread("Probe now")).toHaveLength(1);
  });

  it("GIVEN a diagnosis in the offer's thread WHEN Start is clicked again THEN the diagnosis stays and This fixed it on its card solves it", async () => {
    discord = await withTriage();
    const { offer, conversation } = await triageOffer(discord);
    discord.click(offer, "Diagnose 127.0.0.1");
    discord.click(await discord.waitForMessage(has("Probe now")), "Skip probes");
    discord.click(await discord.waitForMessage(has("Results now")), "Results now");
    const card = await discord.waitForMessage(has("This fixed it (1a)"));
    const diagnosed = await discord.store.loadSession(conversation);
    expect(diagnosed?.status).toBe("diagnosed");

    discord.click(offer, "Diagnose 127.0.0.1");
    await discord.waitForMessage(has(already));
    expect(await discord.store.loadSession(conversation)).toEqual(diagnosed);

    discord.click(card, "This fixed it (1a)");
    await discord.waitForMessage(has("Solved"));
    expect((await discord.store.loadSession(conversation))?.status).toBe("solved");
    const notes = discord.fake.callsTo("POST /webhooks/:id/:token").map((c) => JSON.stringify(c.body));
    expect(notes.filter((note) => note.includes("no longer running"))).toEqual([]);
  });

  it("GIVEN a triage offer in a thread off a person's post WHEN Start is clicked THEN the post's words are read once and answer their questions", async () => {
    discord = await withTriage();
    const { offer, inThread } = await triageOffer(discord);
    discord.click(offer, "Diagnose 127.0.0.1");
    const reading = await discord.waitForMessage(has("From your message"));
    expect(discordVisibleText(reading)).toContain("0x904");
    expect(discordVisibleText(reading)).toContain("since the reboot");
    await discord.waitForMessage(has("Probe now"));
    // The offer is the bot's own message: nothing is read from it, so the reading is said once.
    expect(inThread("From your message")).toHaveLength(1);
  });
});
