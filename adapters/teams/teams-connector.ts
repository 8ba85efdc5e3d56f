import { type ActivityParams, ConversationActivityClient } from "@microsoft/teams.api";

/** The Bot Connector REST API at one conversation's serviceUrl (any replica can speak anywhere). */
export interface TeamsConnector {
  post(conversationId: string, activity: ActivityParams): Promise<{ id: string }>;
  reply(conversationId: string, activityId: string, activity: ActivityParams): Promise<{ id: string }>;
  update(conversationId: string, activityId: string, activity: ActivityParams): Promise<{ id: string }>;
}

/**
 * The SDK's Bot Connector client for any serviceUrl, every call carrying the bot's own token (`token`:
 * createBotTokenSource, so TEAMS_TOKEN_URL is honoured where the SDK's MSAL path would not be).
 */
export function teamsConnector(token: () => Promise<string>) {
  return (serviceUrl: string): TeamsConnector => {
    // Teams sends serviceUrls with a trailing slash; the SDK's client appends "/v3/..." to it as it is.
    const activities = new ConversationActivityClient(serviceUrl.replace(/\/+$/, ""), { token });
    const id = ({ id }: { id: string }) => ({ id });
    return {
      post: async (conversationId, activity) => id(await activities.create(conversationId, activity)),
      reply: async (conversationId, activityId, activity) =>
        id(await activities.reply(conversationId, activityId, activity)),
      update: async (conversationId, activityId, activity) =>
        id(await activities.update(conversationId, activityId, activity)),
    };
  };
}
