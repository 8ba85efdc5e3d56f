import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeSigningKey, signBotConnectorToken } from "../../support/teams/bot-connector-signer.js";
import { type ServedTeamsBot, startServedTeamsBot } from "../../support/teams/served-teams-bot.js";
import { channelMention, teamsIds } from "../../support/teams/teams-activities.js";

let bot: ServedTeamsBot;
beforeAll(async () => {
  bot = await startServedTeamsBot();
});
afterAll(() => bot.stop());
beforeEach(() => {
  bot.microsoft.calls.length = 0;
});

/** Every request is a new top-level mention (its own id), so a refused one is never mistaken for a retry. */
let nextId = 1700000000500;
const mention = (tenantId?: string) =>
  channelMention(`127.0.0.1 --port ${bot.rdp.port}`, {
    serviceUrl: bot.microsoft.serviceUrl,
    id: String(nextId++),
    ...(tenantId ? { tenantId } : {}),
  });

/** Refused: 401, no work queued for any replica, nothing posted to Microsoft. */
async function expectRefused(activity: unknown, token: string | null) {
  const answer = await bot.post(activity, token);
  expect(answer.status).toBe(401);
  expect(await bot.store.countOpenJobs()).toBe(0);
  expect(bot.microsoft.calls).toEqual([]);
}

describe("Teams /api/messages on the runtime's HTTP server: only verified requests from listed tenants run", () => {
  it("GIVEN no token THEN 401 and nothing posted", async () => {
    await expectRefused(mention(), null);
  });

  it("GIVEN a token signed by another key under the published kid THEN 401 and nothing posted", async () => {
    const forger = await makeSigningKey("key-1");
    await expectRefused(
      mention(),
      await signBotConnectorToken(forger, { aud: teamsIds.clientId, serviceurl: bot.microsoft.serviceUrl }),
    );
  });

  it("GIVEN a token for another bot THEN 401 and nothing posted", async () => {
    await expectRefused(mention(), await bot.sign({ aud: "99999999-2222-3333-4444-555555555555" }));
  });

  it("GIVEN an expired token THEN 401 and nothing posted", async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(mention(), await bot.sign({ exp: now - 600, nbf: now - 4200 }));
  });

  it("GIVEN a tenant not in TEAMS_TENANT_ID THEN 401 and nothing posted", async () => {
    await expectRefused(mention(teamsIds.otherTenantId), await bot.sign());
  });

  it("GIVEN a serviceurl claim that is not the activity's serviceUrl THEN 401 and nothing posted", async () => {
    await expectRefused(mention(), await bot.sign({ serviceurl: "http://127.0.0.1:9/elsewhere/" }));
  });

  it("GIVEN a body that is not JSON, or a GET THEN refused before any check, and the server keeps serving", async () => {
    const garbled = await fetch(`${bot.url}/api/messages`, { method: "POST", body: "{not json" });
    expect(garbled.status).toBe(400);
    expect((await fetch(`${bot.url}/api/messages`)).status).toBe(405);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it("GIVEN the same request properly signed THEN it runs: the refusals above were the checks, not the setup", async () => {
    const answer = await bot.post(mention());
    expect(answer.status).toBe(200);
    await bot
      .waitForCard(`${teamsIds.channel};messageid=${teamsIds.rootMessage}`, /./, 10_000)
      .catch(() => undefined);
    expect(bot.microsoft.calls.length).toBeGreaterThan(0);
  });
});
