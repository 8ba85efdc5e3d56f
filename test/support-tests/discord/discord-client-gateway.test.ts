import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../support/discord/fake-discord.js";
import { fakeDiscordClientOptions } from "../../support/discord/fake-discord-client-options.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import { slashCommandPayload } from "../../support/discord/interaction-payloads.js";
import { fakeBotToken, loginFakeDiscordClient } from "../../support/discord/login-fake-discord-client.js";

const { Guilds, GuildMessages, MessageContent } = GatewayIntentBits;
let fake: FakeDiscord;
let client: Client;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await client.destroy();
  await fake.close();
});

describe("the real discord.js Client against the fake gateway", () => {
  it("GIVEN MessageContent not enabled THEN 4014: shardDisconnect, shardError, login rejects with a plain Error, no retry", async () => {
    fake = await startFakeDiscord({ rejectIntents: MessageContent });
    client = new Client(fakeDiscordClientOptions(fake, [Guilds, GuildMessages, MessageContent]));
    const events: unknown[] = [];
    client.on(Events.ShardDisconnect, (event, shardId) =>
      events.push(["shardDisconnect", event.code, shardId]),
    );
    client.on(Events.ShardError, (error, shardId) => events.push(["shardError", error.message, shardId]));
    client.on(Events.ShardReconnecting, () => events.push(["shardReconnecting"]));
    const login = await client.login(fakeBotToken).then(
      () => undefined,
      (error: unknown) => error,
    );
    // A plain Error: no `code`, not a DiscordjsError; only the message or the 4014 close code tell it apart.
    expect(login).toBeInstanceOf(Error);
    expect(login).toMatchObject({ name: "Error", message: "Used disallowed intents" });
    expect((login as { code?: unknown }).code).toBeUndefined();
    expect(events).toEqual([
      ["shardDisconnect", 4014, 0],
      ["shardError", "Used disallowed intents", 0],
    ]);
    // login() destroyed the client on the way out, and discord.js does not reconnect ("Shard not recoverable").
    expect([client.token, client.isReady()]).toEqual([null, false]);
    await sleep(700);
    expect(fake.gateway.connections()).toBe(1);
    expect(fake.gateway.closes).toMatchObject([{ code: 4014, reason: "Disallowed intent(s).", by: "fake" }]);
    // The way on without triage: a new Client without MessageContent logs in to the same Discord.
    client = await loginFakeDiscordClient(fake, [Guilds, GuildMessages]);
    expect(fake.gateway.identifies.map((i) => [i.intents, i.outcome])).toEqual([
      [Guilds | GuildMessages | MessageContent, 4014],
      [Guilds | GuildMessages, "ready"],
    ]);
  });

  it("GIVEN a token the fake does not accept THEN login rejects with TokenInvalid from GET /gateway/bot", async () => {
    fake = await startFakeDiscord({ botToken: "the.real.token" });
    client = new Client(fakeDiscordClientOptions(fake, [Guilds]));
    await expect(client.login(fakeBotToken)).rejects.toMatchObject({
      code: DiscordjsErrorCodes.TokenInvalid,
    });
    expect(fake.callsTo("GET /gateway/bot")).toMatchObject([{ status: 401 }]);
    expect(fake.gateway.identifies).toEqual([]);
  });

  it("GIVEN a short heartbeat interval THEN every heartbeat gets op 11 and the client measures a ping", async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 40 });
    client = await loginFakeDiscordClient(fake, [Guilds]);
    await fake.waitFor(() => fake.gateway.heartbeatAcks() >= 3);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(fake.gateway.readySessions()).toBe(1);
  });

  it("GIVEN the gateway drops the connection (4000) THEN discord.js resumes the session without a new IDENTIFY", async () => {
    fake = await startFakeDiscord();
    client = await loginFakeDiscordClient(fake, [Guilds]);
    fake.gateway.disconnect(4000, "Unknown error");
    await fake.waitFor(() => fake.gateway.resumes.length === 1 && fake.gateway.readySessions() === 1);
    expect(fake.gateway.resumes).toMatchObject([{ resumed: true }]);
    expect(fake.gateway.identifies).toHaveLength(1);
    const seen: string[] = [];
    client.on(Events.InteractionCreate, (i) => seen.push(i.id));
    const command = slashCommandPayload({ options: { host: "h1" } });
    fake.dispatch("INTERACTION_CREATE", command);
    await fake.waitFor(() => seen.includes(command.id));
  });

  it("GIVEN client.destroy() and fake.close() THEN no socket, server or timer of theirs is left open", async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r !== "PipeWrap");
    fake = await startFakeDiscord({ heartbeatIntervalMs: 30 });
    client = await loginFakeDiscordClient(fake, [Guilds]);
    fake.failNext("POST /channels/:id/messages", { status: 429, retryAfterSeconds: 0.1 });
    await client.rest.post(Routes.channelMessages(fakeDiscordIds.channelId), { body: { content: "x" } });
    await fake.waitFor(() => fake.gateway.heartbeatAcks() >= 2);
    await client.destroy();
    await fake.close();
    await sleep(50);
    const after = process.getActiveResourcesInfo().filter((r) => r !== "PipeWrap");
    expect(after.filter((r) => r.startsWith("TCP"))).toEqual([]);
    expect(after.length).toBeLessThanOrEqual(before.length);
  });
});
