import { DiscordAPIError, HTTPError, REST, type RESTOptions, Routes, SlashCommandBuilder } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../support/discord/fake-discord.js";
import { fakeDiscordIds } from "../../support/discord/fake-discord-ids.js";
import { fakeBotToken } from "../../support/discord/login-fake-discord-client.js";

const { applicationId, guildId, channelId } = fakeDiscordIds;
let fake: FakeDiscord;
let rest: REST;
const restFor = (options: Partial<RESTOptions> = {}) =>
  new REST({ api: fake.apiUrl, retries: 0, ...options }).setToken(fakeBotToken);
const rdpFix = new SlashCommandBuilder()
  .setName("rdp-fix")
  .setDescription("Diagnose Remote Desktop to a host")
  .addStringOption((o) => o.setName("host").setDescription("Host or IP").setRequired(true));
const post = (content: string) => rest.post(Routes.channelMessages(channelId), { body: { content } });
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: unknown; status?: unknown }) => error.code ?? error.status,
  );

beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = restFor();
});
afterEach(() => fake.close());

describe("fake Discord REST (driven by @discordjs/rest)", () => {
  it("GIVEN a bulk overwrite of guild commands THEN ids come back, and survive a redeploy of the same name", async () => {
    const route = Routes.applicationGuildCommands(applicationId, guildId);
    const [first] = (await rest.put(route, { body: [rdpFix.toJSON()] })) as { id: string }[];
    const [again] = (await rest.put(route, { body: [rdpFix.toJSON()] })) as { id: string }[];
    expect(again?.id).toBe(first?.id);
    expect(await rest.get(route)).toMatchObject([
      { name: "rdp-fix", type: 1, guild_id: guildId, options: [{ name: "host" }] },
    ]);
    expect(fake.commands()).toEqual([]);
    const bad = rest.put(Routes.applicationCommands(applicationId), {
      body: [{ name: "RDP Fix", description: "x" }],
    });
    await expect(bad).rejects.toMatchObject({ code: 50035, status: 400 });
  });

  it("GIVEN channel posts THEN Discord's errors for unknown channels, empty messages and unknown replies", async () => {
    const unknown = rest.post(Routes.channelMessages("1300000000000009999"), { body: { content: "x" } });
    expect(await outcome(unknown)).toBe(10003);
    expect(await outcome(post(""))).toBe(50006);
    const reply = (fail: boolean) =>
      rest.post(Routes.channelMessages(channelId), {
        body: {
          content: "x",
          message_reference: { message_id: "1300000000000009999", fail_if_not_exists: fail },
        },
      });
    expect(await outcome(reply(true))).toBe(50035);
    expect(await outcome(reply(false))).toBe("ok");
  });

  it("GIVEN a bot route without the bot token, or an unknown route THEN 401 and 404, both recorded", async () => {
    await expect(rest.get(Routes.channel(channelId), { auth: false })).rejects.toBeInstanceOf(
      DiscordAPIError,
    );
    await expect(rest.get(Routes.guild(guildId))).rejects.toMatchObject({ status: 404 });
    expect(fake.calls.map((c) => [c.path, c.route, c.status])).toEqual([
      [`/channels/${channelId}`, "GET /channels/:channelId", 401],
      [`/guilds/${guildId}`, undefined, 404],
    ]);
  });

  it("GIVEN webhook calls for a token the fake never dispatched THEN 10015 Unknown Webhook", async () => {
    const edit = rest.patch(Routes.webhookMessage(applicationId, "no-such-token", "@original"), {
      body: { content: "x" },
      auth: false,
    });
    expect(await outcome(edit)).toBe(10015);
    expect(fake.calls[0]).toMatchObject({
      path: `/webhooks/${applicationId}/no-such-token/messages/@original`,
    });
  });

  it("GIVEN failNext 500 twice THEN retries: 0 throws HTTPError, and retries: 2 gets through on the third try", async () => {
    fake.failNext("POST /channels/:id/messages", { status: 500 }, 2);
    await expect(post("a")).rejects.toBeInstanceOf(HTTPError);
    expect(await outcome(post("b"))).toBe(500);
    fake.failNext(/^POST \/channels\/\d+\/messages$/, { status: 503 }, 2);
    await restFor({ retries: 2 }).post(Routes.channelMessages(channelId), { body: { content: "c" } });
    expect(fake.callsTo("POST /channels/:id/messages").map((c) => c.status)).toEqual([
      500, 500, 503, 503, 200,
    ]);
  });

  it("GIVEN failFor(..., ms) THEN the route answers the fault while the window lasts, then works", async () => {
    fake.failFor("POST /channels/:id/messages", { status: 503 }, 300);
    expect(await outcome(post("a"))).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await post("b");
    expect(fake.callsTo("POST /channels/:id/messages").map((c) => c.status)).toEqual([503, 200]);
  });

  it("GIVEN a Discord error fault or a slow answer THEN DiscordAPIError with that code, or the client's timeout", async () => {
    fake.failNext(({ method }) => method === "POST", {
      status: 403,
      code: 50013,
      message: "Missing Permissions",
    });
    await expect(post("x")).rejects.toMatchObject({
      code: 50013,
      status: 403,
      message: "Missing Permissions",
    });
    fake.failNext("* /channels/:id/messages", { delayMs: 300 });
    const impatient = restFor({ timeout: 100 }).post(Routes.channelMessages(channelId), {
      body: { content: "y" },
    });
    await expect(impatient).rejects.toMatchObject({ name: "AbortError" });
  });

  it("GIVEN a message with a file THEN the multipart payload_json and the file name are recorded", async () => {
    await rest.post(Routes.channelMessages(channelId), {
      body: { content: "Report attached" },
      files: [{ name: "rdp-fix-report.txt", data: Buffer.from("0x904: NLA mismatch") }],
    });
    const [sent] = fake.callsTo("POST /channels/:id/messages");
    expect(sent).toMatchObject({ body: { content: "Report attached" }, files: ["rdp-fix-report.txt"] });
    expect(fake.messagesIn(channelId)[0]?.attachments).toEqual(["rdp-fix-report.txt"]);
  });
});
