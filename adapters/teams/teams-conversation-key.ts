/**
 * A Teams conversation key is `teams:` + the Bot Connector conversation id that speaks in it: in a channel the
 * reply chain, `19:…@thread.tacv2;messageid=<root message id>` (posting to the bare channel id, even with
 * replyToId, often makes a new top-level post: botframework-sdk #6626); in a personal or group chat the chat.
 */
export function teamsConversationKey(conversationId: string, rootMessageId?: string): string {
  const channel = teamsChannelOf(conversationId);
  return rootMessageId === undefined ? `teams:${channel}` : `teams:${channel};messageid=${rootMessageId}`;
}

/** The conversation id to post to, from the key alone (any replica can speak in any conversation). */
export function parseTeamsConversationKey(
  key: string,
): { conversationId: string; channel: string; rootMessageId?: string } | undefined {
  const match = /^teams:([^;\s]+)(?:;messageid=(\d{1,40}))?$/.exec(key);
  if (!match?.[1]) return undefined;
  const [, channel, rootMessageId] = match;
  return rootMessageId === undefined
    ? { conversationId: channel, channel }
    : { conversationId: `${channel};messageid=${rootMessageId}`, channel, rootMessageId };
}

/** The channel (or chat) a conversation id belongs to: a reply chain counts as its channel. */
export function teamsChannelOf(conversationId: string): string {
  return conversationId.split(";")[0] ?? conversationId;
}
