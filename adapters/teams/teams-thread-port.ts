import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import type { TeamsConnector } from "./teams-app.js";

/**
 * Posting and editing in one Teams conversation (a channel's reply chain, or a chat) for the shared sender,
 * through the Bot Connector REST API at the serviceUrl its conversation key names.
 */
export function teamsThreadDelivery(
  connector: TeamsConnector,
  conversationId: string,
): ThreadDelivery<TeamsActivity> {
  return {
    post: async (activity) => {
      try {
        return { posted: true, id: (await connector.create(conversationId, activity)).id };
      } catch (error) {
        // The Bot Connector answers 413 for an activity over its size limit: a shorter rendering can pass.
        const tooLong = (error as { response?: { status?: number } }).response?.status === 413;
        return { posted: false, error, tooLong };
      }
    },
    update: async (id, activity) => {
      await connector.update(conversationId, id, activity);
    },
  };
}
