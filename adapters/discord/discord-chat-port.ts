import type { APIChannel, APIMessage } from "discord.js";
import type { Logger } from "pino";
import type { ChatPort } from "../../src/chat/chat-port.js";
import { commandHelpText } from "../../src/chat/command-help-text.js";
import { retryByStatus } from "../../src/chat/retry-by-status.js";
import type { DeliveryAttempt, RetryVerdict } from "../../src/chat/retry-delivery.js";
import { discordChannelKey, discordConversationKey } from "./discord-conversation-key.js";
import { type DiscordMessage, restBody } from "./discord-message.js";
import { discordPresenter } from "./discord-presenter.js";
import { type DiscordRest, type InteractionWebhook, webhookRoute } from "./discord-rest-api.js";
import { documentToDiscord } from "./document-to-discord.js";
import { fitDiscordDocument } from "./fit-discord-document.js";
import { writeDiscordCommand } from "./rdp-fix-command-definition.js";

/**
 * Discord's part of a queued work payload (as the old release wrote it, too): the channel (a thread, or a
 * channel without threads), the message clicked or posted, the interaction's webhook to answer on, and the
 * member's roles for "who may probe".
 */
export interface DiscordPlace {
  webhook?: InteractionWebhook;
  channelId: string;
  messageId?: string;
  /** The channel a thread hangs off (what a probe channel list names); the channel itself otherwise. */
  homeChannelId?: string;
  roles?: string[];
}

/**
 * What a failed REST call means for another try, read from the error's shape (no SDK import needed).
 * @discordjs/rest has already retried a 5xx a few times at once and waited out 429s, so what reaches here is
 * an outage (HTTPError with a 5xx status, or no answer at all) or Discord's word that the call can never work
 * (DiscordAPIError with a 4xx, e.g. 50027 for an expired interaction token).
 */
const discordRetryVerdict = (error: unknown): RetryVerdict =>
  retryByStatus((error as { status?: unknown } | null)?.status);

/**
 * Discord for the shared use cases (src/chat/chat-work-handlers.ts), over REST: the interaction's webhook
 * for its reply, the bot token for everything after, so every replica can do the work.
 */
export function discordChatPort(rest: DiscordRest, logger: Logger): ChatPort<DiscordPlace, DiscordMessage> {
  const post = async (channelId: string, message: DiscordMessage) =>
    rest.post(`/channels/${channelId}/messages`, restBody(message));
  /** A thread off `messageId` for the conversation, or the channel itself where threads are not allowed. */
  const threadOrChannel = async (channelId: string, messageId: string, name: string): Promise<string> => {
    try {
      const body = { name: name.slice(0, 100), auto_archive_duration: 1440 };
      return (
        (await rest.post(`/channels/${channelId}/messages/${messageId}/threads`, { body })) as APIChannel
      ).id;
    } catch (error) {
      logger.info({ err: error, channelId }, "no thread here; the conversation stays in the channel");
      return channelId;
    }
  };
  /** Webhook calls answer the interaction with its own token; they ping nobody. */
  const quiet = { parse: [] };
  const editOriginal = async (webhook: InteractionWebhook, content: string) => {
    const body = { content, allowed_mentions: quiet };
    const edited = await rest.patch(`${webhookRoute(webhook)}/messages/@original`, { body, auth: false });
    return (edited as APIMessage).id;
  };
  const followUpEphemeral = (webhook: InteractionWebhook, content: string) =>
    rest.post(webhookRoute(webhook), { body: { content, flags: 64, allowed_mentions: quiet }, auth: false });
  /** A note only the person sees; one that cannot be sent is only logged, the work itself is done. */
  const followUp = async ({ webhook }: DiscordPlace, text: string) => {
    if (webhook === undefined) return;
    await followUpEphemeral(webhook, text).catch((error: unknown) =>
      logger.warn({ err: error }, "note not sent"),
    );
  };
  /** The command's deferred reply, edited; else a follow-up (another route, which may answer while this does not). */
  const answerCommand = ({ webhook }: DiscordPlace, text: string): DeliveryAttempt<void> => ({
    call: async () => {
      if (webhook === undefined) return;
      await editOriginal(webhook, text).then(undefined, () => followUpEphemeral(webhook, text));
    },
    verdict: discordRetryVerdict,
  });
  /**
   * What a person wrote in the post a thread was started from (the thread takes the post's id); "" for a
   * channel that is no thread, a bot's post, or one that cannot be read.
   */
  const threadStarterText = async (threadId: string) => {
    try {
      const thread = (await rest.get(`/channels/${threadId}`)) as APIChannel;
      const parent = "parent_id" in thread ? thread.parent_id : undefined;
      if (!parent) return "";
      const message = (await rest.get(`/channels/${parent}/messages/${threadId}`)) as APIMessage;
      return message.author.bot ? "" : message.content;
    } catch (error) {
      logger.info({ err: error, threadId }, "could not read the post a triage offer answered");
      return "";
    }
  };
  return {
    name: "discord",
    presenter: discordPresenter,
    helpText: commandHelpText(writeDiscordCommand),
    actor: (work) => ({
      user: work.user,
      platform: "discord",
      channel: work.homeChannelId ?? work.channelId,
      roles: work.roles ?? [],
    }),
    postRoot: ({ webhook, user }, headline) => ({
      // The command's reply becomes the conversation's root message.
      call: () => editOriginal(webhook as InteractionWebhook, `<@${user}> ${headline}`),
      verdict: discordRetryVerdict,
    }),
    openConversation: async ({ channelId }, rootId, host) => {
      const threadId = await threadOrChannel(channelId, rootId, `RDP ${host}`);
      return {
        conversation: discordConversationKey(threadId, rootId),
        channels: [channelId, threadId].map(discordChannelKey),
      };
    },
    // A click names only its session: the conversation is found by it.
    threadOf: () => undefined,
    // The offer sits in its own thread (or the channel): the diagnosis runs right there.
    triageHome: ({ channelId, messageId }) => ({
      conversation: discordConversationKey(channelId, messageId ?? ""),
      channels: [discordChannelKey(channelId)],
    }),
    channelKey: ({ channelId }) => discordChannelKey(channelId),
    answerCommand,
    say: followUp,
    tellPrivately: followUp,
    announceHandoff: async (work, conversation) => {
      const thread = conversation.split(":")[1];
      await answerCommand(work, `Handing off the diagnosis in <#${thread}>.`).call();
    },
    sendCollector: async ({ channelId }, document, sessionId) => {
      for (const message of fitDiscordDocument(document, sessionId)) await post(channelId, message);
    },
    // A thread off the person's post takes the post's id: its words are read like a command's text.
    readStarterText: ({ channelId }) => threadStarterText(channelId),
    render: (document) => documentToDiscord(document, undefined),
    postOffer: async ({ channelId, messageId }, offer) => {
      await post(await threadOrChannel(channelId, messageId ?? "", "Remote Desktop help"), offer);
    },
  };
}
