import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeTeamsActivity } from "../../../adapters/teams/decode-teams-activity.js";
import { encodeTeamsAction } from "../../../adapters/teams/teams-action-codec.js";
import { signBotConnectorToken } from "../../support/teams/bot-connector-signer.js";
import { cardExecute, teamsIds } from "../../support/teams/teams-activities.js";
import { type Harness, startTeamsBotHarness } from "../../support/teams/teams-bot-harness.js";

const refreshed = {
  type: "AdaptiveCard",
  version: "1.5",
  body: [{ type: "TextBlock", text: "Probing host42…" }],
};

// An Action.Execute click must be answered in the HTTP response itself (a refreshed card), or Teams shows
// "Something went wrong": the SDK has to carry what the bot returns through our verified route.
let bot: Harness;
beforeAll(async () => {
  bot = await startTeamsBotHarness(async (activity) => {
    const input = decodeTeamsActivity(activity);
    if (input.kind !== "click") return undefined;
    return {
      status: 200,
      body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: refreshed },
    };
  });
});
afterAll(() => bot.close());

describe("the real SDK behind the verified route answers an Action.Execute invoke", () => {
  it("GIVEN a signed click on a consent button THEN 200 with the refreshed card, and nothing posted", async () => {
    const click = cardExecute(encodeTeamsAction({ kind: "consent", allow: true }, "s-1"), {
      serviceUrl: bot.microsoft.serviceUrl,
    });
    const token = await signBotConnectorToken(
      bot.microsoft.keys[0] as NonNullable<(typeof bot.microsoft.keys)[0]>,
      {
        aud: teamsIds.clientId,
        serviceurl: bot.microsoft.serviceUrl,
      },
    );
    const answer = await bot.server.post(click, token);
    expect(answer).toEqual({
      status: 200,
      body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: refreshed },
    });
    expect(bot.microsoft.calls).toEqual([]);
  });
});
