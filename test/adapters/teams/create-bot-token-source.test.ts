import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotTokenSource, TeamsTokenError } from "../../../adapters/teams/create-bot-token-source.js";
import { type FakeMicrosoft, startFakeMicrosoft } from "../../support/teams/fake-microsoft.js";
import { teamsIds } from "../../support/teams/teams-activities.js";
import { type Harness, startTeamsBotHarness } from "../../support/teams/teams-bot-harness.js";

let microsoft: FakeMicrosoft;
beforeAll(async () => {
  microsoft = await startFakeMicrosoft({
    clientId: teamsIds.clientId,
    clientSecret: "test-secret",
    tenantId: teamsIds.tenantId,
    tokenLifetimeSeconds: 3600,
  });
});
afterAll(() => microsoft.close());

function source(clock = { now: Date.now() }, clientSecret = "test-secret") {
  return createBotTokenSource({
    tokenUrl: microsoft.tokenUrl,
    clientId: teamsIds.clientId,
    clientSecret,
    now: () => clock.now,
  });
}

describe("the bot's outbound token (client credentials grant against TEAMS_TOKEN_URL)", () => {
  it("GIVEN many sends, some at once THEN one token request, for Bot Framework's API with the app's credentials", async () => {
    microsoft.tokenRequests.length = 0;
    const token = source();
    const tokens = [...(await Promise.all([token(), token(), token()])), await token(), await token()];
    expect(new Set(tokens).size).toBe(1);
    expect(microsoft.tokenRequests).toEqual([
      {
        grantType: "client_credentials",
        clientId: teamsIds.clientId,
        clientSecret: "test-secret",
        scope: "https://api.botframework.com/.default",
      },
    ]);
  });

  it("GIVEN the cached token is five minutes from expiry THEN the next send fetches a new one, and keeps it", async () => {
    microsoft.tokenRequests.length = 0;
    const clock = { now: Date.now() };
    const token = source(clock);
    const first = await token();
    clock.now += 54 * 60_000; // 6 minutes left: still good
    expect(await token()).toBe(first);
    clock.now += 2 * 60_000; // 4 minutes left: renewed
    const second = await token();
    expect(second).not.toBe(first);
    expect(await token()).toBe(second);
    expect(microsoft.tokenRequests).toHaveLength(2);
  });

  it("GIVEN a wrong client secret THEN a TeamsTokenError with a stable code and advice, without the secret", async () => {
    const error = await source(undefined, "wrong-secret")().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsTokenError);
    expect(error).toMatchObject({
      code: "TEAMS_TOKEN_UNAVAILABLE",
      advice: expect.stringContaining("TEAMS_CLIENT_SECRET"),
    });
    expect(String((error as Error).message)).not.toContain("wrong-secret");
  });
});

describe("the real SDK's Bot Connector calls use that token", () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startTeamsBotHarness(async () => undefined);
  });
  afterAll(() => bot.close());

  // The SDK replies with POST .../activities and `replyToId` in the body; in a channel the `;messageid=` of the
  // conversation id is what keeps the reply in the chain (botframework-sdk #6626).
  it("GIVEN a post, a reply and an update at the activity's serviceUrl THEN one token fetch and all three carry it", async () => {
    const connector = bot.app.connector(bot.microsoft.serviceUrl);
    const thread = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;
    const posted = await connector.create(thread, { type: "message", text: "Checking host42…" });
    await connector.reply(thread, teamsIds.rootMessage, { type: "message", text: "a reply" });
    await connector.update(thread, posted.id, { type: "message", text: "Checked host42." });

    expect(bot.microsoft.tokenRequests).toHaveLength(1);
    expect(
      bot.microsoft.calls.map(({ method, conversationId, activityId, body, authorization }) => ({
        method,
        conversationId,
        activityId,
        text: body.text,
        replyToId: body.replyToId,
        authorization,
      })),
    ).toEqual([
      {
        method: "POST",
        conversationId: thread,
        activityId: undefined,
        text: "Checking host42…",
        replyToId: undefined,
        authorization: "Bearer fake-bot-token-1",
      },
      {
        method: "POST",
        conversationId: thread,
        activityId: undefined,
        text: "a reply",
        replyToId: teamsIds.rootMessage,
        authorization: "Bearer fake-bot-token-1",
      },
      {
        method: "PUT",
        conversationId: thread,
        activityId: posted.id,
        text: "Checked host42.",
        replyToId: undefined,
        authorization: "Bearer fake-bot-token-1",
      },
    ]);
  });
});
