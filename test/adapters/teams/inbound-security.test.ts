import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeSigningKey, signBotConnectorToken } from "../../support/teams/bot-connector-signer.js";
import { channelMention, teamsIds } from "../../support/teams/teams-activities.js";
import { type Harness, startTeamsBotHarness } from "../../support/teams/teams-bot-harness.js";

// The bot under test answers every verified message in its reply chain, so "nothing posted" means something.
let bot: Harness;
beforeAll(async () => {
  bot = await startTeamsBotHarness(async (activity, self) => {
    await self.app
      .connector(activity.serviceUrl ?? "")
      .create(activity.conversation.id, { type: "message", text: "On it." });
    return undefined;
  });
});
afterAll(() => bot.close());
beforeEach(() => {
  bot.received.length = 0;
  bot.refusals.length = 0;
  bot.microsoft.calls.length = 0;
});

const activity = () => channelMention("host42 0x904", { serviceUrl: bot.microsoft.serviceUrl });
const sign = (claims: Partial<Parameters<typeof signBotConnectorToken>[1]> = {}) =>
  signBotConnectorToken(bot.microsoft.keys[0] as NonNullable<(typeof bot.microsoft.keys)[0]>, {
    aud: teamsIds.clientId,
    serviceurl: bot.microsoft.serviceUrl,
    ...claims,
  });

async function expectRefused(body: unknown, token: string | undefined, reason: string) {
  const answer = await bot.server.post(body, token);
  expect(answer.status).toBe(401);
  expect(bot.refusals).toEqual([reason]);
  expect(bot.received).toEqual([]);
  expect(bot.microsoft.calls).toEqual([]);
}

describe("Teams inbound security: every request to /api/messages is verified before anything runs", () => {
  it("GIVEN a request signed as the Bot Connector signs it THEN 200, the activity runs and the reply lands in its reply chain", async () => {
    const answer = await bot.server.post(activity(), await sign());
    expect(answer.status).toBe(200);
    expect(bot.received.map((a) => ("text" in a ? a.text : a.type))).toEqual([
      "<at>rdp-fix</at> host42 0x904",
    ]);
    expect(bot.microsoft.calls).toMatchObject([
      {
        method: "POST",
        conversationId: `${teamsIds.channel};messageid=${teamsIds.rootMessage}`,
        body: { type: "message", text: "On it." },
        authorization: expect.stringMatching(/^Bearer fake-bot-token-\d+$/),
      },
    ]);
    // Verified once: the SDK's own JWT check (which reads the JWKS beside the metadata, ".../keys", without
    // the metadata) never ran, so the keys were read only after the metadata, by our check.
    expect(bot.microsoft.fetches.keys).toBe(bot.microsoft.fetches.metadata);
  });

  it("GIVEN no Authorization header THEN 401 and nothing posted", async () => {
    await expectRefused(activity(), undefined, "no-token");
  });

  it("GIVEN a token signed by another key under a published kid (forged) THEN 401 and nothing posted", async () => {
    const forger = await makeSigningKey("key-1");
    const forged = await signBotConnectorToken(forger, {
      aud: teamsIds.clientId,
      serviceurl: bot.microsoft.serviceUrl,
    });
    await expectRefused(activity(), forged, "bad-signature");
  });

  it("GIVEN a token for another bot (wrong audience) THEN 401 and nothing posted", async () => {
    await expectRefused(
      activity(),
      await sign({ aud: "99999999-2222-3333-4444-555555555555" }),
      "wrong-audience",
    );
  });

  it("GIVEN a token that expired ten minutes ago THEN 401 and nothing posted", async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(activity(), await sign({ exp: now - 600, nbf: now - 4200 }), "expired");
  });

  it("GIVEN a token from another issuer THEN 401 and nothing posted", async () => {
    await expectRefused(activity(), await sign({ iss: "https://sts.example.test/" }), "wrong-issuer");
  });

  it("GIVEN an activity from a tenant not in TEAMS_TENANT_ID THEN 401 and nothing posted", async () => {
    const foreign = channelMention("host42", {
      serviceUrl: bot.microsoft.serviceUrl,
      tenantId: teamsIds.otherTenantId,
    });
    await expectRefused(foreign, await sign(), "tenant-not-allowed");
  });

  it("GIVEN a serviceUrl claim that is not the activity's serviceUrl THEN 401 and nothing posted", async () => {
    // A token stolen from one activity cannot send the bot's replies somewhere else.
    await expectRefused(
      activity(),
      await sign({ serviceurl: "http://127.0.0.1:9/elsewhere/" }),
      "service-url-mismatch",
    );
  });

  it("GIVEN a published key that is not endorsed for msteams THEN 401 and nothing posted", async () => {
    const skypeOnly = await makeSigningKey("key-skype", ["skype"]);
    bot.microsoft.keys.push(skypeOnly);
    const token = await signBotConnectorToken(skypeOnly, {
      aud: teamsIds.clientId,
      serviceurl: bot.microsoft.serviceUrl,
    });
    await expectRefused(activity(), token, "not-endorsed");
  });

  it("GIVEN Microsoft rolled to a new key THEN its first token triggers one metadata refresh; a forged kid right after triggers none", async () => {
    await bot.server.post(activity(), await sign()); // the keys are loaded by now
    bot.keysClock.offsetMs += 61_000; // past the cooldown an earlier test's unknown kid started
    const before = bot.microsoft.fetches.metadata;
    const rolled = await bot.microsoft.addKey("key-2");
    const token = await signBotConnectorToken(rolled, {
      aud: teamsIds.clientId,
      serviceurl: bot.microsoft.serviceUrl,
    });
    expect((await bot.server.post(activity(), token)).status).toBe(200);
    expect(bot.microsoft.fetches.metadata).toBe(before + 1);

    const stranger = await makeSigningKey("key-unknown");
    const forged = await signBotConnectorToken(stranger, {
      aud: teamsIds.clientId,
      serviceurl: bot.microsoft.serviceUrl,
    });
    expect((await bot.server.post(activity(), forged)).status).toBe(401);
    expect(bot.refusals).toEqual(["unknown-key"]);
    expect(bot.microsoft.fetches.metadata).toBe(before + 1);
  });
});
