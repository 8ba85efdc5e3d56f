import { describe, expect, it } from "vitest";
import { encodeAnswerSelect, encodeDiscordAction } from "../../../adapters/discord/custom-id-codec.js";
import { decodeDiscordComponent } from "../../../adapters/discord/decode-discord-component.js";
import { chatActionToEvent } from "../../../src/runtime/chat-action-event.js";

const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";
const user = { id: "111111111111111111" };
const channelId = "999999999999999999";

describe("decodeDiscordComponent", () => {
  it("GIVEN a button click THEN it is the action, the session, who clicked and where", () => {
    const customId = encodeDiscordAction({ kind: "show-more" }, sessionId);
    expect(decodeDiscordComponent({ customId, user, channelId })).toEqual({
      action: { kind: "show-more" },
      sessionId,
      user: user.id,
      channel: channelId,
    });
  });

  it("GIVEN a pick in an answer select THEN the picked value is the answer", () => {
    const customId = encodeAnswerSelect("error-shown", sessionId);
    const decoded = decodeDiscordComponent({ customId, values: ["code-0x904"], user, channelId });
    expect(decoded).toMatchObject({
      action: { kind: "answer", questionId: "error-shown", answerId: "code-0x904" },
    });
  });

  it.each([
    [{ customId: "rf:h:session-1", user: { id: "U0ALICE" }, channelId }, /no user/],
    [{ customId: "rf:h:session-1", user, channelId: null }, /channel/],
    [{ customId: "other-bot:button", user, channelId }, /not an rdp-fix action/],
    [{ customId: "rf:q:session-1:error-shown", values: [], user, channelId }, /malformed/],
    [{ customId: "rf:h:session-1", user: undefined as unknown as { id: string }, channelId }, /no user/],
  ])("GIVEN %j THEN it is an error", (interaction, error) => {
    expect(decodeDiscordComponent(interaction)).toEqual({ error: expect.stringMatching(error) });
  });

  it("GIVEN decoded actions THEN they become the engine's events, for whoever clicked", () => {
    expect(chatActionToEvent({ kind: "skip", questionId: "port-test" }, user.id)).toEqual({
      kind: "skip-question",
      questionId: "port-test",
      user: user.id,
    });
    expect(chatActionToEvent({ kind: "consent", allow: false }, user.id)).toEqual({
      kind: "consent",
      allow: false,
      user: user.id,
    });
  });
});
