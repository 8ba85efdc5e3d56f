import type { Logger } from "pino";
import type { ChatService, QueuedWork } from "../../src/chat/chat-service.js";
import { handOffLatest } from "../../src/chat/hand-off-latest.js";
import { handleClick } from "../../src/chat/handle-click.js";
import { handleServerReport } from "../../src/chat/handle-server-report.js";
import { startDiagnosis } from "../../src/chat/start-diagnosis.js";
import { workHandler } from "../../src/chat/work-handler.js";
import type { JobHandler } from "../../src/runtime/job-worker.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { readCollectorScript } from "../../src/server-report/collector-script.js";
import { discordChannelKey, discordConversationKey } from "./discord-conversation-key.js";
import type { DiscordRestApi } from "./discord-rest-api.js";
import { discordRetryVerdict } from "./discord-retry-verdict.js";
import type { DiscordWork, DiscordWorkKind, InteractionWebhook } from "./discord-work.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { collectorFileName, renderDiscordServerCheck } from "./render-discord-server-check.js";

export interface DiscordWorkDeps {
  chat: ChatService;
  api: DiscordRestApi;
  logger: Logger;
  /** Counts the retries of a command's first message. */
  metrics?: Metrics | undefined;
}

const staleClick =
  "That button belongs to a diagnosis that is no longer running. Start a new one with `/rdp-fix host:<host>`.";

/** What each queued kind of Discord work does, on whichever replica takes it. */
export function discordWorkHandlers(deps: DiscordWorkDeps): Map<DiscordWorkKind, JobHandler> {
  const { chat, api, logger, metrics } = deps;

  /** A thread off `messageId` for the conversation, or the channel itself where threads are not allowed. */
  const threadOrChannel = async (channelId: string, messageId: string, name: string): Promise<string> => {
    try {
      return await api.createThread(channelId, messageId, name.slice(0, 100));
    } catch (error) {
      logger.info({ err: error, channelId }, "no thread here; the conversation stays in the channel");
      return channelId;
    }
  };

  const startIn = async (
    channelId: string,
    rootId: string,
    start: { host: string; port?: number; text: string; user: string },
    roles: readonly string[],
  ) => {
    const threadId = await threadOrChannel(channelId, rootId, `RDP ${start.host}`);
    const channels = [channelId, threadId].map(discordChannelKey);
    const { user, ...request } = start;
    const actor = { user, platform: "discord", channel: channelId, roles };
    await startDiagnosis(chat, discordConversationKey(threadId, rootId), channels, { ...request, actor });
  };

  /**
   * The command's reply becomes the conversation's root message, retried within the job's deadline. When it
   * cannot be, the person hears it on the same token: an edit of the reply, or else a follow-up (another
   * route, which may still answer while the edit does not).
   */
  const postRoot = (job: QueuedWork, webhook: InteractionWebhook, host: string, content: string) =>
    chat.postFirstMessage(
      job,
      {
        host,
        post: { call: () => api.editOriginal(webhook, content), verdict: discordRetryVerdict },
        tell: (note) => ({
          call: () =>
            api.editOriginal(webhook, note).then(undefined, () => api.followUpEphemeral(webhook, note)),
          verdict: discordRetryVerdict,
        }),
      },
      () => metrics?.chatApiRetry("discord"),
    );

  const handler = <K extends DiscordWorkKind>(
    run: (work: DiscordWork[K], job: QueuedWork) => Promise<void>,
    tell?: (work: DiscordWork[K], sorry: string) => Promise<void>,
  ): JobHandler => workHandler(logger, "Discord", run, tell);

  /** A note only the person sees; one that cannot be sent is only logged, the work itself is done. */
  const tellOnly = (webhook: InteractionWebhook, note: string, lost: string) =>
    api.followUpEphemeral(webhook, note).catch((error: unknown) => logger.warn({ err: error }, lost));

  return new Map<DiscordWorkKind, JobHandler>([
    [
      "discord:command",
      handler<"discord:command">(
        async ({ webhook, channelId, user, roles, request }, job) => {
          if (request.kind === "invalid") return void (await api.editOriginal(webhook, request.message));
          if (request.kind === "handoff") {
            return handOffLatest(
              chat,
              discordChannelKey(channelId),
              { user, to: request.to },
              {
                noDiagnosis: async () => {
                  await api.editOriginal(webhook, "No diagnosis has run in this channel yet.");
                },
                announce: async (conversation) => {
                  const thread = conversation.split(":")[1];
                  await api.editOriginal(webhook, `Handing off the diagnosis in <#${thread}>.`);
                },
              },
            );
          }
          const problem = findHostInputProblem(request.host);
          if (problem)
            return void (await api.editOriginal(
              webhook,
              `I cannot use that host: ${escapeDiscordMarkdown(problem)}.`,
            ));
          const content = `<@${user}> started a Remote Desktop diagnosis of \`${request.host}\`.`;
          const rootId = await postRoot(job, webhook, request.host, content);
          if (rootId === undefined) return;
          const port = request.port === undefined ? {} : { port: request.port };
          await startIn(channelId, rootId, { host: request.host, text: request.text, user, ...port }, roles);
        },
        (work, sorry) => api.editOriginal(work.webhook, sorry).then(() => undefined),
      ),
    ],
    [
      "discord:click",
      handler<"discord:click">(
        ({ webhook, channelId, messageId, user, roles, homeChannelId, sessionId, action }) => {
          const actor = { user, platform: "discord", channel: homeChannelId, roles };
          return handleClick(
            chat,
            { sessionId, action, actor },
            {
              staleNote: staleClick,
              tellClicker: (note) => tellOnly(webhook, note, "stale-click note not sent"),
              startFromTriage: async (host) => {
                // The offer sits in its own thread (or the channel): the diagnosis runs right there.
                const conversation = discordConversationKey(channelId, messageId);
                // A thread off the person's post takes the post's id: its words are read like a command's text.
                const text = await api.threadStarterText(channelId);
                await startDiagnosis(chat, conversation, [discordChannelKey(channelId)], {
                  host,
                  text,
                  actor,
                });
              },
              checkServer: async () => {
                const file = { name: collectorFileName, data: Buffer.from(readCollectorScript(), "utf8") };
                await api.postWithFile(channelId, renderDiscordServerCheck(sessionId), file);
              },
              // The form itself was opened by the gateway replica; nothing is left to do here.
              pasteReport: async () => undefined,
            },
          );
        },
        (work, sorry) => api.followUpEphemeral(work.webhook, sorry),
      ),
    ],
    [
      "discord:server-report",
      handler<"discord:server-report">(
        async ({ webhook, channelId, user, roles, sessionId, text }) => {
          const target = await chat.clickTarget(sessionId);
          await handleServerReport(
            chat,
            { text, actor: { user, platform: "discord", channel: channelId, roles } },
            {
              conversation: target.kind === "live" ? target.conversation : undefined,
              staleNote: staleClick,
              tell: (note) => tellOnly(webhook, note, "server-report note not sent"),
            },
          );
        },
        (work, sorry) => api.followUpEphemeral(work.webhook, sorry),
      ),
    ],
    [
      "discord:triage",
      handler<"discord:triage">(async ({ channelId, messageId, offer }) => {
        const where = await threadOrChannel(channelId, messageId, "Remote Desktop help");
        await api.post(where, offer);
      }),
    ],
  ]);
}
