/**
 * A Discord conversation is keyed by the channel it runs in (a thread, or the channel where threads are not
 * allowed) and the message that started it; the key alone tells any replica where to speak.
 */
export function discordConversationKey(channelId: string, rootMessageId: string): string {
  return `discord:${channelId}:${rootMessageId}`;
}

export function parseDiscordConversationKey(
  conversation: string,
): { channelId: string; rootMessageId: string } | undefined {
  const match = /^discord:(\d{1,20}):(\d{1,20})$/.exec(conversation);
  if (!match) return undefined;
  const [, channelId = "", rootMessageId = ""] = match;
  return { channelId, rootMessageId };
}

/** The key the latest diagnosis started from a channel is remembered under, for `/rdp-fix-handoff`. */
export function discordChannelKey(channelId: string): string {
  return `discord:${channelId}`;
}
