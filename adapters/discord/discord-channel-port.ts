import type { APIMessage } from "discord.js";
import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import { type DiscordMessage, restBody } from "./discord-message.js";
import type { DiscordRest } from "./discord-rest-api.js";

/**
 * Posting and editing in one Discord thread (or channel) for the shared sender, with the bot token, which
 * never expires, unlike an interaction token (15 minutes). @discordjs/rest already waits out 429s and
 * retries 5xx, so what still fails here is for good.
 */
export function discordChannelPort(rest: DiscordRest, channelId: string): ThreadDelivery<DiscordMessage> {
  return {
    post: async (message) => {
      try {
        const posted = await rest.post(`/channels/${channelId}/messages`, restBody(message));
        return { posted: true, id: (posted as APIMessage).id };
      } catch (error) {
        return { posted: false, error };
      }
    },
    update: async (id, message) => {
      // An edit changes the words and buttons; files stay as they were posted.
      await rest.patch(`/channels/${channelId}/messages/${id}`, { body: restBody(message).body });
    },
  };
}
