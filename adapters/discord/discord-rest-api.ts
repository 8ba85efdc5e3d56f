import type { DiscordChannelApi } from "./discord-channel-port.js";
import type { DiscordMessage } from "./discord-message.js";

/** An interaction's webhook: enough to edit its reply or send a follow-up from any replica (15 minutes). */
export interface InteractionWebhook {
  applicationId: string;
  token: string;
}

/** The webhook of an interaction, as the work carries it (the interaction object itself stays behind). */
export function webhookOf(interaction: { applicationId: string; token: string }): InteractionWebhook {
  return { applicationId: interaction.applicationId, token: interaction.token };
}

/**
 * Every REST call the adapter's work makes, implemented by discord-app.ts (the SDK file) with the bot token
 * and the interactions' webhooks. No gateway is needed, so every replica can do the work.
 */
export interface DiscordRestApi extends DiscordChannelApi {
  /** A public thread off a message; throws where threads are not allowed. */
  createThread(channelId: string, messageId: string, name: string): Promise<string>;
  /** Edits the deferred reply of an interaction; resolves with its message id. */
  editOriginal(webhook: InteractionWebhook, content: string): Promise<string>;
  /** A message with one file attached (the collector, which no message text could hold). */
  postWithFile(
    channelId: string,
    message: DiscordMessage,
    file: { name: string; data: Buffer },
  ): Promise<string>;
  /**
   * What a person wrote in the post a thread was started from (the thread takes the post's id); "" for a
   * channel that is no thread, a bot's post, or one that cannot be read.
   */
  threadStarterText(threadId: string): Promise<string>;
  /** A note only the person who clicked sees. */
  followUpEphemeral(webhook: InteractionWebhook, content: string): Promise<void>;
}
