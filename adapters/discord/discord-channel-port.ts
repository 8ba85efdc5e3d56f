import type { ThreadPort } from "../../src/chat/thread-port.js";
import { buttonRows, discordButton } from "./discord-components.js";
import type { DiscordMessage } from "./discord-message.js";
import { renderDiscordMessages } from "./render-discord-message.js";
import { renderDiscordProgress } from "./render-discord-progress.js";

/** The two calls the port needs, implemented with the bot token by discord-app.ts (the SDK file). */
export interface DiscordChannelApi {
  post(channelId: string, message: DiscordMessage): Promise<string>;
  edit(channelId: string, messageId: string, message: DiscordMessage): Promise<void>;
}

/**
 * One Discord thread (or channel) for the shared sender (src/chat/thread-sender.ts), with the bot token,
 * which never expires, unlike an interaction token (15 minutes). @discordjs/rest already waits out 429s and
 * retries 5xx, so what still fails here is for good.
 */
export function discordChannelPort(api: DiscordChannelApi, channelId: string): ThreadPort<DiscordMessage> {
  return {
    render: (message, context) => renderDiscordMessages(message, context),
    renderProgress: renderDiscordProgress,
    renderNote: (text, resumeSession) => ({
      content: `⚠️ ${text}`,
      embeds: [],
      components: buttonRows([
        resumeSession === undefined
          ? undefined
          : discordButton("Resume", { kind: "resume" }, resumeSession, 1),
      ]),
      allowedMentions: { parse: [], users: [] },
    }),
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
