import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import type { DiscordMessage } from "./discord-message.js";

/** The two calls the port needs, implemented with the bot token by discord-app.ts (the SDK file). */
export interface DiscordChannelApi {
  post(channelId: string, message: DiscordMessage): Promise<string>;
  edit(channelId: string, messageId: string, message: DiscordMessage): Promise<void>;
}

/**
 * Posting and editing in one Discord thread (or channel) for the shared sender, with the bot token, which
 * never expires, unlike an interaction token (15 minutes). @discordjs/rest already waits out 429s and
 * retries 5xx, so what still fails here is for good.
 */
export function discordChannelPort(
  api: DiscordChannelApi,
  channelId: string,
): ThreadDelivery<DiscordMessage> {
  return {
    post: async (message) => {
      try {
        return { posted: true, id: await api.post(channelId, message) };
      } catch (error) {
        return { posted: false, error };
      }
    },
    update: (id, message) => api.edit(channelId, id, message),
  };
}
