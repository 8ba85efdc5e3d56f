import {
  ApplicationCommandOptionType,
  type Client,
  Events,
  GatewayIntentBits,
  type Interaction,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../support/discord/fake-discord.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import {
  buttonClickPayload,
  slashCommandPayload,
  stringSelectPayload,
} from "../../support/discord/interaction-payloads.js";
import { loginFakeDiscordClient } from "../../support/discord/login-fake-discord-client.js";
import { userMessagePayload } from "../../support/discord/message-create-payload.js";

let fake: FakeDiscord;
let client: Client<true>;

/** Dispatches `d` and resolves with the Interaction discord.js built from it. */
function received(d: { id: string }): Promise<Interaction> {
  return new Promise((resolve) => {
    const listener = (i: Interaction) => {
      if (i.id !== d.id) return;
      client.off(Events.InteractionCreate, listener);
      resolve(i);
    };
    client.on(Events.InteractionCreate, listener);
    fake.dispatch("INTERACTION_CREATE", d);
  });
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  client = await loginFakeDiscordClient(fake, [GatewayIntentBits.Guilds]);
});
afterAll(async () => {
  await client.destroy();
  await fake.close();
});

describe("interaction and message payload builders", () => {
  it("GIVEN two builds THEN each has a fresh, increasing snowflake id and a distinct token", () => {
    const [a, b] = [slashCommandPayload(), slashCommandPayload()];
    expect(BigInt(b.id) > BigInt(a.id)).toBe(true);
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, "base64url").toString()).toMatch(/^interaction:/);
  });

  it("GIVEN option values THEN option types follow them (string 3, integer 4, boolean 5, number 10)", () => {
    const { data } = slashCommandPayload({ options: { host: "h1", port: 3389, nla: true, timeout: 2.5 } });
    expect(data.options?.map((o) => [o.name, o.type])).toEqual([
      ["host", ApplicationCommandOptionType.String],
      ["port", ApplicationCommandOptionType.Integer],
      ["nla", ApplicationCommandOptionType.Boolean],
      ["timeout", ApplicationCommandOptionType.Number],
    ]);
  });

  it("GIVEN a slash command THEN discord.js sees a cached-guild command from the member in the channel", async () => {
    const i = await received(slashCommandPayload({ options: { host: "rdp01" } }));
    if (!i.isChatInputCommand()) throw new Error(`expected a chat input command, got type ${i.type}`);
    expect(i.inCachedGuild()).toBe(true);
    expect([i.commandName, i.options.getString("host"), i.user.username]).toEqual([
      "rdp-fix",
      "rdp01",
      "alice",
    ]);
    expect([i.channelId, i.guildId, i.locale]).toEqual([
      fakeDiscordIds.channelId,
      fakeDiscordIds.guildId,
      "en-US",
    ]);
  });

  it("GIVEN a button click and a select with default messages THEN discord.js finds the component on the message", async () => {
    const click = await received(buttonClickPayload({ customId: "flow:s1:q1:yes" }));
    if (!click.isButton() || !click.inCachedGuild()) throw new Error("expected a button in the cached guild");
    expect(click.component.customId).toBe("flow:s1:q1:yes");
    const choice = await received(stringSelectPayload({ customId: "flow:s1:q2", values: ["0x904", "0x7"] }));
    if (!choice.isStringSelectMenu()) throw new Error("expected a string select");
    expect([choice.values, choice.component.options.map((o) => o.value)]).toEqual([
      ["0x904", "0x7"],
      ["0x904", "0x7"],
    ]);
  });

  it("GIVEN a message that mentions the bot THEN `mentions` lists it, as Discord fills it from the content", () => {
    const message = userMessagePayload({
      content: `<@${fakeDiscordIds.botUserId}> help`,
      replyTo: "1300000000000000999",
    });
    expect(message.mentions.map((u) => u.id)).toEqual([fakeDiscordIds.botUserId]);
    expect(message).toMatchObject({ type: 19, message_reference: { message_id: "1300000000000000999" } });
  });
});
