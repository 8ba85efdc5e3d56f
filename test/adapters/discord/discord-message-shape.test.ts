import type {
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
  MessageCreateOptions,
  MessageEditOptions,
} from "discord.js";
import { describe, expect, it } from "vitest";
import { expiredCertConversation } from "./discord-conversation-replies.js";
import { renderDiscordMessage } from "./render-discord-message.js";

describe("a rendered DiscordMessage", () => {
  it("GIVEN discord.js's option types THEN it is accepted as it is by reply, editReply, update, send and edit", () => {
    const talk = expiredCertConversation();
    const message = renderDiscordMessage(talk.diagnosis, { sessionId: talk.sessionId });
    // Compile-time: these assignments are the test; tsc fails if the shapes drift apart.
    const reply: InteractionReplyOptions = message;
    const editReply: InteractionEditReplyOptions = message;
    const update: InteractionUpdateOptions = message;
    const send: MessageCreateOptions = message;
    const edit: MessageEditOptions = message;
    expect([reply, editReply, update, send, edit].every((m) => m === message)).toBe(true);
  });
});
