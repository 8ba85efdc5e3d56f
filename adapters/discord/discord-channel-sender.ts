import type { Logger } from "pino";
import type { UndeliveredMarks } from "../../src/chat/undelivered-marks.js";
import type { Outbound, OutboundContext, Send } from "../../src/runtime/outbound.js";
import { type ProgressMessage, progressMessage } from "../../src/runtime/progress-message.js";
import { buttonRows, discordButton } from "./discord-components.js";
import type { DiscordMessage } from "./discord-message.js";
import { renderDiscordMessages } from "./render-discord-message.js";
import { renderDiscordProgress } from "./render-discord-progress.js";

/** The two calls the sender needs, implemented with the bot token by discord-app.ts (the SDK file). */
export interface DiscordChannelApi {
  post(channelId: string, message: DiscordMessage): Promise<string>;
  edit(channelId: string, messageId: string, message: DiscordMessage): Promise<void>;
}

export interface DiscordChannel {
  api: DiscordChannelApi;
  channelId: string;
  logger: Logger;
  progressIntervalMs: number;
  /** Kept in the store, so the Resume offer survives a restart and reaches whichever replica speaks next. */
  undelivered: UndeliveredMarks;
  conversation: string;
}

/**
 * The `send` for one Discord conversation: every reply presented, fitted and converted, goes to its thread (or channel) with the bot token,
 * which never expires, unlike an interaction token (15 minutes); probe progress is one message edited in
 * place. @discordjs/rest already waits out 429s and retries 5xx; what still fails is told on the next message.
 */
export function discordChannelSender(channel: DiscordChannel): Send {
  const { api, channelId, logger } = channel;
  let progress: ProgressMessage | undefined;

  const post = async (message: DiscordMessage, context: OutboundContext): Promise<string | undefined> => {
    try {
      const id = await api.post(channelId, message);
      if (await channel.undelivered.takeUndelivered(channel.conversation)) {
        const resume = discordButton("Resume", { kind: "resume" }, context.sessionId, 1);
        const note =
          "An earlier message could not be delivered. Press Resume to see where the diagnosis stands.";
        await api.post(channelId, {
          content: `⚠️ ${note}`,
          embeds: [],
          components: buttonRows([resume]),
          allowedMentions: { parse: [], users: [] },
        });
      }
      return id;
    } catch (error) {
      await channel.undelivered.markUndelivered(channel.conversation).catch(() => undefined);
      logger.error({ err: error, channelId }, "Discord did not accept a message; the user will be told");
      return undefined;
    }
  };

  const showProgress = (message: Extract<Outbound, { kind: "probe-progress" }>, context: OutboundContext) => {
    progress ??= progressMessage({
      host: message.host,
      render: renderDiscordProgress,
      post: (rendered) => post(rendered, context),
      edit: (id, rendered) => api.edit(channelId, id, rendered),
      intervalMs: channel.progressIntervalMs,
    });
    progress.add(message.step);
  };

  return async (message, context) => {
    if (message.kind === "probe-progress") return showProgress(message, context);
    await progress?.flush();
    // A reply too big for one message goes on in follow-ups, in order.
    for (const rendered of renderDiscordMessages(message, context)) await post(rendered, context);
  };
}
