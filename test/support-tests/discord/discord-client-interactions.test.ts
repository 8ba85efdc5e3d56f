import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  Routes,
  type TextChannel,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../support/discord/fake-discord.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import {
  buttonClickPayload,
  slashCommandPayload,
  stringSelectPayload,
} from "../../support/discord/interaction-payloads.js";
import { loginFakeDiscordClient } from "../../support/discord/login-fake-discord-client.js";

let fake: FakeDiscord;
let client: Client<true>;
/** What the listener under test does with each interaction; failures land in `errors`. */
let handle: (interaction: Interaction) => Promise<unknown>;
const errors: unknown[] = [];

const yesButton = new ActionRowBuilder<ButtonBuilder>().addComponents(
  new ButtonBuilder().setCustomId("flow:s1:q1:yes").setLabel("Yes").setStyle(ButtonStyle.Primary),
);

beforeEach(async () => {
  errors.length = 0;
  fake = await startFakeDiscord();
  client = await loginFakeDiscordClient(fake, [GatewayIntentBits.Guilds]);
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) => errors.push(error));
  });
});

afterEach(async () => {
  await client.destroy();
  await fake.close();
});

describe("the real discord.js Client against the fake Discord: interactions", () => {
  it("GIVEN login THEN GET /gateway/bot carried the bot token and IDENTIFY the intents", () => {
    expect(fake.callsTo("GET /gateway/bot")).toMatchObject([{ auth: "Bot fake.token.value", status: 200 }]);
    expect(fake.gateway.identifies).toMatchObject([{ intents: GatewayIntentBits.Guilds, outcome: "ready" }]);
    expect(client.user.id).toBe(fakeDiscordIds.botUserId);
    expect(client.channels.cache.has(fakeDiscordIds.channelId)).toBe(true);
  });

  it("GIVEN a slash command, deferReply then editReply THEN callback type 5 (no auth) and PATCH %40original with components", async () => {
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply({ content: `Probing ${i.options.getString("host")}…`, components: [yesButton] });
    };
    const command = slashCommandPayload({ options: { host: "rdp01.corp.example" } });
    fake.dispatch("INTERACTION_CREATE", command);
    const { original } = await fake.waitFor(() => {
      const responses = fake.interactionResponses(command.id);
      return responses.original?.history.length === 2 && responses;
    });
    expect(fake.callsTo("POST /interactions/:id/:token/callback")).toMatchObject([
      { body: { type: 5 }, auth: undefined, status: 204, query: { with_response: "false" } },
    ]);
    const [patch] = fake.callsTo("PATCH /webhooks/:appId/:token/messages/@original");
    expect(patch).toMatchObject({ auth: undefined, status: 200 });
    expect(original).toMatchObject({
      content: "Probing rdp01.corp.example…",
      type: 20,
      editedTimestamp: null,
    });
    expect(original?.components).toMatchObject([
      { type: 1, components: [{ type: 2, custom_id: "flow:s1:q1:yes", label: "Yes", style: 1 }] },
    ]);
    expect(original?.history.map((v) => [v.via, v.flags])).toEqual([
      ["callback", MessageFlags.Loading],
      ["edit-original", 0],
    ]);
    expect(errors).toEqual([]);
  });

  it("GIVEN an ephemeral reply and a followUp THEN both are recorded with their flags", async () => {
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: "Only you see this", flags: MessageFlags.Ephemeral });
      const followUp = await i.followUp({ content: "Everyone sees this" });
      await i.webhook.editMessage(followUp, { content: "Everyone sees this (edited)" });
    };
    const command = slashCommandPayload({ options: { host: "h1" } });
    fake.dispatch("INTERACTION_CREATE", command);
    const responses = await fake.waitFor(() => {
      const r = fake.interactionResponses(command.id);
      return r.followUps[0]?.history.length === 2 && r;
    });
    expect(responses.interaction.callback).toMatchObject({ type: 4 });
    expect(responses.original).toMatchObject({ content: "Only you see this", flags: MessageFlags.Ephemeral });
    expect(responses.followUps[0]).toMatchObject({ content: "Everyone sees this (edited)", flags: 0 });
    expect(fake.callsTo("POST /webhooks/:appId/:token")).toMatchObject([
      { query: { wait: "true" }, status: 200 },
    ]);
    expect(errors).toEqual([]);
  });

  it("GIVEN reply({ withResponse: true }) THEN the callback answers 200 with the created message", async () => {
    const responses: unknown[] = [];
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: "Probing…", withResponse: true });
      responses.push(response.resource?.message?.id);
    };
    const command = slashCommandPayload({ options: { host: "h1" } });
    fake.dispatch("INTERACTION_CREATE", command);
    const messageId = await fake.waitFor(() => responses[0]);
    expect(messageId).toBe(fake.interactionResponses(command.id).original?.id);
    expect(fake.callsTo("POST /interactions/:id/:token/callback")).toMatchObject([
      { query: { with_response: "true" }, status: 200 },
    ]);
  });

  it("GIVEN a click on the button of the bot's reply THEN update() edits that same message", async () => {
    handle = async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: "Is NLA on?", components: [yesButton] });
      if (i.isButton()) await i.update({ content: `You chose ${i.customId}`, components: [] });
    };
    const command = slashCommandPayload({ options: { host: "h1" } });
    fake.dispatch("INTERACTION_CREATE", command);
    const asked = await fake.waitFor(() => fake.interactionResponses(command.id).original);
    const click = buttonClickPayload({ customId: "flow:s1:q1:yes", message: fake.apiMessage(asked.id) });
    fake.dispatch("INTERACTION_CREATE", click);
    await fake.waitFor(() => fake.interactionResponses(click.id).interaction.callback);
    expect(fake.interactionResponses(click.id).original).toBe(asked);
    expect(asked.history.map((v) => [v.via, v.content, v.components.length])).toEqual([
      ["callback", "Is NLA on?", 1],
      ["callback", "You chose flow:s1:q1:yes", 0],
    ]);
    expect(errors).toEqual([]);
  });

  it("GIVEN a select choice, deferUpdate then editReply THEN callback 6 and the clicked message is edited", async () => {
    handle = async (i) => {
      if (!i.isStringSelectMenu()) return;
      await i.deferUpdate();
      await i.editReply({ content: `Error code ${i.values.join(",")}` });
    };
    const select = stringSelectPayload({ customId: "flow:s1:q2", values: ["0x904"] });
    fake.dispatch("INTERACTION_CREATE", select);
    const { original } = await fake.waitFor(() => {
      const r = fake.interactionResponses(select.id);
      return r.original?.history.length === 2 && r;
    });
    expect(fake.interactionResponses(select.id).interaction.callback).toMatchObject({ type: 6 });
    expect(original).toMatchObject({ id: select.message.id, content: "Error code 0x904", source: "payload" });
    expect(errors).toEqual([]);
  });

  it("GIVEN an expired token THEN editReply rejects with DiscordAPIError 50027 and channel.send still works", async () => {
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      fake.expireInteractionToken(i.token);
      try {
        await i.editReply({ content: "Results" });
      } catch (error) {
        errors.push(error);
        await (i.channel as TextChannel).send({ content: "Results (the interaction expired)" });
      }
    };
    const command = slashCommandPayload({ options: { host: "h1" } });
    fake.dispatch("INTERACTION_CREATE", command);
    await fake.waitFor(() => fake.messagesIn(fakeDiscordIds.channelId).length === 1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect(errors[0]).toMatchObject({ code: 50027, status: 401, message: "Invalid Webhook Token" });
    // The webhook 401 went out with auth: false, so @discordjs/rest kept the bot token for channel.send.
    expect(fake.callsTo("POST /channels/:id/messages")).toMatchObject([
      { auth: "Bot fake.token.value", status: 200 },
    ]);
  });

  it("GIVEN a slow first response THEN 10062; GIVEN a second callback THEN 40060 (a second bot instance)", async () => {
    await client.destroy();
    await fake.close();
    fake = await startFakeDiscord({ ackWindowMs: 50 });
    client = await loginFakeDiscordClient(fake, [GatewayIntentBits.Guilds]);
    client.on(Events.InteractionCreate, (i) => handle(i).catch((error: unknown) => errors.push(error)));
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.options.getString("host") === "slow") await new Promise((resolve) => setTimeout(resolve, 100));
      await i.deferReply();
    };
    const slow = slashCommandPayload({ options: { host: "slow" } });
    fake.dispatch("INTERACTION_CREATE", slow);
    await fake.waitFor(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ code: 10062, status: 404, message: "Unknown interaction" });

    const fast = slashCommandPayload({ options: { host: "fast" } });
    fake.dispatch("INTERACTION_CREATE", fast);
    await fake.waitFor(() => fake.interactionResponses(fast.id).interaction.callback);
    const again = client.rest.post(Routes.interactionCallback(fast.id, fast.token), {
      body: { type: 5 },
      auth: false,
    });
    await expect(again).rejects.toMatchObject({ code: 40060, status: 400 });
  });
});
