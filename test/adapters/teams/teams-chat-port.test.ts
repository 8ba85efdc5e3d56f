import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotTokenSource } from "../../../adapters/teams/create-bot-token-source.js";
import { teamsConnector } from "../../../adapters/teams/teams-app.js";
import { teamsChatPort } from "../../../adapters/teams/teams-chat-port.js";
import { teamsConversationKey } from "../../../adapters/teams/teams-conversation-key.js";
import { teamsThreadDelivery } from "../../../adapters/teams/teams-thread-port.js";
import { retryDelivery } from "../../../src/chat/retry-delivery.js";
import { type FakeMicrosoft, startFakeMicrosoft } from "../../support/teams/fake-microsoft.js";
import { teamsIds } from "../../support/teams/teams-activities.js";

let microsoft: FakeMicrosoft;
beforeAll(async () => {
  microsoft = await startFakeMicrosoft({ clientSecret: "test-secret" });
});
afterAll(() => microsoft.close());

describe("teamsChatPort: a throttled Bot Connector", () => {
  it("GIVEN a 429 with Retry-After 7 s THEN the next try waits 7 s, not the first backoff, and the answer is posted once", async () => {
    const token = createBotTokenSource({
      tokenUrl: microsoft.tokenUrl,
      clientId: teamsIds.clientId,
      clientSecret: "test-secret",
    });
    const port = teamsChatPort(teamsThreadDelivery(teamsConnector(token)));
    const conversation = teamsConversationKey("a:1personal", microsoft.serviceUrl);
    const work = { conversation, user: "29:1abc", activityId: "1700000000001" };
    microsoft.throttleNext(7);
    const waits: number[] = [];
    const result = await retryDelivery(port.answerCommand(work, "Try `@rdp-fix host42`."), {
      until: Date.now() + 60_000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(waits).toEqual([7000]);
    expect(microsoft.calls.map((call) => call.conversationId)).toEqual(["a:1personal"]);
  });
});
