import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import type { TeamsConnector } from "./teams-app.js";
import { parseTeamsConversationKey } from "./teams-conversation-key.js";

/**
 * Posting and editing in the Teams conversation a key names (a channel's reply chain, or a chat) for the
 * shared sender, through the Bot Connector REST API at the serviceUrl the key carries; undefined for a key
 * that is not Teams'.
 */
export function teamsThreadDelivery(connector: (serviceUrl: string) => TeamsConnector) {
  return (conversation: string): ThreadDelivery<TeamsActivity> | undefined => {
    const where = parseTeamsConversationKey(conversation);
    if (!where) return undefined;
    const { conversationId } = where;
    const client = connector(where.serviceUrl);
    return {
      post: async (activity) => {
        try {
          return { posted: true, id: (await client.create(conversationId, activity)).id };
        } catch (error) {
          // The Bot Connector answers 413 for an activity over its size limit: a shorter rendering can pass.
          const tooLong = (error as { response?: { status?: number } }).response?.status === 413;
          return { posted: false, error, tooLong };
        }
      },
      update: async (id, activity) => {
        await client.update(conversationId, id, activity);
      },
    };
  };
}
