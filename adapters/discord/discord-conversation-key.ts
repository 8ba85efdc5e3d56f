import { conversationKeyCodec } from "../../src/chat/conversation-key-codec.js";

const snowflake = /\d{1,20}/;

/**
 * A Discord conversation is keyed by the channel it runs in (a thread, or the channel where threads are not
 * allowed) and the message that started it; the key alone tells any replica where to speak.
 */
export const discordThreadKeys = conversationKeyCodec("discord", {
  channelId: snowflake,
  rootMessageId: snowflake,
});

/** The key the latest diagnosis started from a channel is remembered under, for `/rdp-fix-handoff`. */
export const discordChannelKey = (channelId: string) => `discord:${channelId}`;

export const discordConversationKey = (channelId: string, rootMessageId: string) =>
  discordThreadKeys.key({ channelId, rootMessageId });
