/**
 * A Teams conversation key is `teams:` + the Bot Connector conversation id that speaks in it + ` ` + the
 * serviceUrl that answers it, so the key alone tells any replica where to post, as Slack's and Discord's keys
 * do (the serviceUrl comes from the activity, vouched for by its token's serviceurl claim). The id is, in a
 * channel, the reply chain `19:…@thread.tacv2;messageid=<root>` (posting to the bare channel id, even with
 * replyToId, often makes a new top-level post: botframework-sdk #6626); in a personal or group chat the chat.
 */
export function teamsConversationKey(conversationId: string, serviceUrl: string, rootMessageId?: string) {
  const chain = rootMessageId === undefined ? "" : `;messageid=${rootMessageId}`;
  return `teams:${teamsChannelOf(conversationId)}${chain} ${serviceUrl}`;
}

/** Where to post for a key (any replica can speak in any conversation). */
export function parseTeamsConversationKey(key: string) {
  const match = /^teams:([^;\s]+(?:;messageid=\d{1,40})?) (https?:\/\/\S+)$/.exec(key);
  return match ? { conversationId: match[1] as string, serviceUrl: match[2] as string } : undefined;
}

/** The key the latest diagnosis of a channel (or chat) is remembered under: a reply chain counts as its channel. */
export const teamsChannelKey = (conversationId: string) => `teams:${teamsChannelOf(conversationId)}`;

/** The channel (or chat) a conversation id belongs to. */
export function teamsChannelOf(conversationId: string): string {
  return conversationId.split(";")[0] ?? conversationId;
}
