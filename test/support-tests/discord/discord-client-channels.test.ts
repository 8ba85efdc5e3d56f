import {
  ChannelType,
  type Client,
  Events,
  GatewayIntentBits,
  type Message,
  type RateLimitData,
  RESTEvents,
  Routes,
  TextChannel,
  ThreadAutoArchiveDuration,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../support/discord/fake-discord.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import type { FakeDiscordOptions } from "../../support/discord/fake-discord-options.js";
import { loginFakeDiscordClient } from "../../support/discord/login-fake-discord-client.js";
import { userMessagePayload } from "../../support/discord/message-create-payload.js";

const { Guilds, GuildMessages, MessageContent } = GatewayIntentBits;
const channelId = fakeDiscordIds.channelId;
let fake: FakeDiscord;
let client: Client<true>;

async function start(intents: GatewayIntentBits[], options: FakeDiscordOptions = {}) {
  fake = await startFakeDiscord(options);
  client = await loginFakeDiscordClient(fake, intents);
}

afterEach(async () => {
  await client.destroy();
  await fake.close();
});

describe("the real discord.js Client against the fake Discord: channels, messages, threads", () => {
  it("GIVEN no guild cached THEN channels.fetch gives null; allowUnknownGuild or rest.post by id can still send", async () => {
    await start([Guilds], { announceGuild: false });
    expect(await client.channels.fetch(channelId)).toBeNull();
    const loose = await client.channels.fetch(channelId, { allowUnknownGuild: true });
    expect(loose).toBeInstanceOf(TextChannel);
    await (loose as TextChannel).send("via a channel without its guild");
    await client.rest.post(Routes.channelMessages(channelId), { body: { content: "via rest.post" } });
    expect(fake.callsTo("GET /channels/:id")).toHaveLength(2);
    expect(fake.messagesIn(channelId).map((m) => m.content)).toEqual([
      "via a channel without its guild",
      "via rest.post",
    ]);
  });

  it("GIVEN the guild's GUILD_CREATE THEN the channel is cached (no REST); force: true fetches it", async () => {
    await start([Guilds]);
    const cached = await client.channels.fetch(channelId);
    expect(cached).toBeInstanceOf(TextChannel);
    expect(fake.callsTo("GET /channels/:id")).toHaveLength(0);
    await client.channels.fetch(channelId, { force: true });
    expect(fake.callsTo("GET /channels/:id")).toMatchObject([{ status: 200, auth: "Bot fake.token.value" }]);
  });

  it("GIVEN a 429 on channel.send THEN @discordjs/rest waits retry_after, emits rateLimited and retries", async () => {
    await start([Guilds]);
    const limits: RateLimitData[] = [];
    client.rest.on(RESTEvents.RateLimited, (data) => limits.push(data));
    fake.failNext("POST /channels/:id/messages", { status: 429, retryAfterSeconds: 0.3 });
    const channel = client.channels.cache.get(channelId) as TextChannel;
    await channel.send("after the rate limit");
    const [limited, retried] = fake.callsTo("POST /channels/:id/messages");
    expect([limited?.status, retried?.status]).toEqual([429, 200]);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(290);
    // Emitted while the bucket waits for X-RateLimit-Reset-After, plus the client's 50 ms `offset`.
    expect(limits[0]).toMatchObject({ global: false, method: "POST", route: "/channels/:id/messages" });
    expect(limits[0]?.retryAfter).toBeGreaterThanOrEqual(300);
    expect(fake.messagesIn(channelId)).toHaveLength(1);
  });

  it("GIVEN a global 429 THEN a request on another route waits it out too", async () => {
    await start([Guilds]);
    fake.failNext("POST /channels/:id/messages", { status: 429, retryAfterSeconds: 0.3, global: true });
    const channel = client.channels.cache.get(channelId) as TextChannel;
    // Wait until @discordjs/rest has read the 429, not just until the fake has sent it.
    const limitSeen = new Promise((resolve) =>
      client.rest.on(RESTEvents.Debug, (info) => info.includes("unexpected 429") && resolve(info)),
    );
    const sent = channel.send("after the global limit");
    await limitSeen;
    const [limited] = fake.callsTo("POST /channels/:id/messages");
    await client.channels.fetch(channelId, { force: true });
    await sent;
    expect(limited?.response).toMatchObject({ global: true, retry_after: 0.3 });
    const [fetched] = fake.callsTo("GET /channels/:id");
    expect((fetched?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(290);
    expect(fake.messagesIn(channelId)).toHaveLength(1);
  });

  it("GIVEN MESSAGE_CREATE without the MessageContent intent THEN content is empty unless the bot is mentioned", async () => {
    await start([Guilds, GuildMessages]);
    const seen: string[] = [];
    client.on(Events.MessageCreate, (m) => seen.push(m.content));
    fake.dispatch("MESSAGE_CREATE", userMessagePayload({ content: "rdp to host1 fails with 0x904" }));
    fake.dispatch(
      "MESSAGE_CREATE",
      userMessagePayload({ content: `<@${fakeDiscordIds.botUserId}> rdp broken` }),
    );
    await fake.waitFor(() => seen.length === 2);
    expect(seen).toEqual(["", `<@${fakeDiscordIds.botUserId}> rdp broken`]);
  });

  it("GIVEN MessageContent THEN a person's text arrives; the bot's own send is echoed back with author.bot", async () => {
    await start([Guilds, GuildMessages, MessageContent]);
    const seen: Message[] = [];
    client.on(Events.MessageCreate, (m) => seen.push(m));
    fake.dispatch("MESSAGE_CREATE", userMessagePayload({ content: "rdp to host1 fails with 0x904" }));
    const asked = await fake.waitFor(() => seen[0]);
    expect([asked.content, asked.author.bot]).toEqual(["rdp to host1 fails with 0x904", false]);
    await asked.reply("Want me to diagnose host1?");
    const echo = await fake.waitFor(() => seen[1]);
    expect([echo.author.bot, echo.reference?.messageId]).toEqual([true, asked.id]);
    expect(fake.messagesIn(channelId).map((m) => [m.source, m.type])).toEqual([
      ["user", 0],
      ["bot", 19],
    ]);
  });

  it("GIVEN no GuildMessages intent THEN a guild MESSAGE_CREATE is not delivered at all", async () => {
    await start([Guilds]);
    expect(fake.dispatch("MESSAGE_CREATE", userMessagePayload({ content: "hello" }))).toBe(0);
  });

  it("GIVEN startThread on a person's message THEN the thread takes its id and accepts messages", async () => {
    await start([Guilds, GuildMessages, MessageContent]);
    const seen: Message[] = [];
    client.on(Events.MessageCreate, (m) => seen.push(m));
    fake.dispatch("MESSAGE_CREATE", userMessagePayload({ content: "rdp broken" }));
    const asked = await fake.waitFor(() => seen[0]);
    const thread = await asked.startThread({
      name: "rdp-fix: host1",
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
    await thread.send("Probing host1…");
    expect(thread.id).toBe(asked.id);
    expect(fake.threads).toMatchObject([
      { id: asked.id, parentId: channelId, autoArchiveDuration: 1440, type: 11 },
    ]);
    expect(fake.messagesIn(thread.id).map((m) => m.content)).toEqual(["Probing host1…"]);
    await expect(asked.startThread({ name: "again" })).rejects.toMatchObject({ code: 160004 });
    const loose = await (client.channels.cache.get(channelId) as TextChannel).threads.create({
      name: "no message",
    });
    expect(loose.type).toBe(ChannelType.PublicThread);
  });
});
