import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { ChatService, QueuedWork } from "../../src/chat/chat-service.js";
import { handOffLatest } from "../../src/chat/hand-off-latest.js";
import { handleClick } from "../../src/chat/handle-click.js";
import { handleServerReport } from "../../src/chat/handle-server-report.js";
import { startDiagnosis } from "../../src/chat/start-diagnosis.js";
import { workHandler } from "../../src/chat/work-handler.js";
import type { InboundEvent } from "../../src/engine/index.js";
import type { JobHandler } from "../../src/runtime/job-worker.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { shippedCollectorOneLiner } from "../../src/server-report/collector-script.js";
import { decodeSlashCommand } from "./decode-slash-command.js";
import { deliverToSlack, slackRetryVerdict } from "./deliver-to-slack.js";
import { renderSlackServerCheck } from "./render-server-check.js";
import { respondToCommand } from "./respond-to-command.js";
import { slackChannelKey, slackConversationKey } from "./slack-conversation-key.js";
import { slackHelpText } from "./slack-help-text.js";
import type { SlackWork, SlackWorkKind } from "./slack-work.js";
import { triagePostText } from "./triage-post-text.js";
import { unescapeSlackText } from "./unescape-slack-text.js";

export interface SlackWorkDeps {
  chat: ChatService;
  client: webApi.WebClient;
  logger: Logger;
  /** Counts the retries of a command's first message and its loss. */
  metrics?: Metrics | undefined;
}

const staleClick =
  "That button belongs to a diagnosis that is no longer running in this thread. Start a new one with `/rdp-fix <host>`.";

/** What each queued kind of Slack work does, on whichever replica takes it. */
export function slackWorkHandlers(deps: SlackWorkDeps): Map<SlackWorkKind, JobHandler> {
  const { chat, client, logger, metrics } = deps;

  /** Steps the thread's conversation with what `user` did there; probing goes through the gate as them. */
  const dispatchInThread = async (
    team: string,
    channel: string,
    threadTs: string,
    user: string,
    event: (conversation: string) => InboundEvent,
  ) => {
    const conversation = slackConversationKey(team, channel, threadTs);
    await chat.rememberLatest(slackChannelKey(team, channel), conversation);
    await chat.dispatch(conversation, event(conversation), { user, platform: "slack", channel });
  };

  const start = (
    work: { team: string; channel: string; user: string; host: string; port?: number; text: string },
    threadTs: string,
  ) =>
    startDiagnosis(
      chat,
      slackConversationKey(work.team, work.channel, threadTs),
      [slackChannelKey(work.team, work.channel)],
      {
        host: work.host,
        ...(work.port === undefined ? {} : { port: work.port }),
        text: work.text,
        actor: { user: work.user, platform: "slack", channel: work.channel },
      },
    );

  const post = (channel: string, text: string, threadTs?: string) =>
    deliverToSlack(() =>
      client.chat.postMessage({ channel, text, ...(threadTs === undefined ? {} : { thread_ts: threadTs }) }),
    );

  /**
   * Work whose thread is known is given up with a word in that thread, a command's through its response_url;
   * the rest only in the log.
   */
  const tellGaveUp = async (
    where: { channel?: string; threadTs?: string; responseUrl?: string },
    sorry: string,
  ) => {
    if (where.responseUrl !== undefined) {
      await respondToCommand(where.responseUrl, sorry)
        .call()
        .catch((error: unknown) =>
          logger.error({ err: error }, "could not tell the person through response_url"),
        );
      return;
    }
    if (where.channel === undefined || where.threadTs === undefined) return;
    await post(where.channel, sorry, where.threadTs);
  };

  const handler = <K extends SlackWorkKind>(
    run: (work: SlackWork[K], job: QueuedWork) => Promise<void>,
    where: (work: SlackWork[K]) => { channel?: string; threadTs?: string; responseUrl?: string } = () => ({}),
  ): JobHandler => workHandler(logger, "Slack", run, (work, sorry) => tellGaveUp(where(work), sorry));

  return new Map<SlackWorkKind, JobHandler>([
    [
      "slack:command",
      handler<"slack:command">(
        async (work, job) => {
          const text = `<@${work.user}> started a Remote Desktop diagnosis of \`${work.host}\`. Follow it in the thread.`;
          const root = await chat.postFirstMessage(
            job,
            {
              host: work.host,
              post: {
                call: () => client.chat.postMessage({ channel: work.channel, text }),
                verdict: slackRetryVerdict,
              },
              tell: (note) => respondToCommand(work.responseUrl, note),
            },
            () => metrics?.chatApiRetry("slack"),
          );
          // The loss was logged and told; the metric is this adapter's (it counts Slack's failed calls).
          if (root === undefined) metrics?.chatApiError("slack");
          else if (root.ts) await start(work, root.ts);
        },
        ({ responseUrl }) => (responseUrl === undefined ? {} : { responseUrl }),
      ),
    ],
    [
      "slack:handoff",
      handler<"slack:handoff">((work) =>
        handOffLatest(chat, slackChannelKey(work.team, work.channel), { user: work.user, to: work.to }),
      ),
    ],
    [
      "slack:click",
      handler<"slack:click">(
        ({ team, channel, threadTs, user, sessionId, action }) =>
          handleClick(
            chat,
            { sessionId, action, actor: { user, platform: "slack", channel } },
            {
              conversation: slackConversationKey(team, channel, threadTs),
              rememberIn: slackChannelKey(team, channel),
              staleNote: staleClick,
              tellClicker: async (text) => {
                await deliverToSlack(() =>
                  client.chat.postEphemeral({ channel, user, thread_ts: threadTs, text }),
                );
              },
              startFromTriage: async (host) => {
                // The post the offer answered is the person's own words: read like a command's text.
                const text = await triagePostText(client, channel, threadTs);
                await start({ team, channel, user, host, text }, threadTs);
              },
              checkServer: async () => {
                await post(channel, renderSlackServerCheck(shippedCollectorOneLiner()), threadTs);
              },
              // Slack has no paste form: the report is read from the thread (never offered as a button here).
              pasteReport: async () => {
                await post(channel, "Paste the `RDPFIX1:` line as a reply in this thread.", threadTs);
              },
            },
          ),
        (work) => work,
      ),
    ],
    [
      "slack:mention",
      handler<"slack:mention">(
        async ({ team, channel, threadTs, user, text }) => {
          const request = decodeSlashCommand(text.replace(/<@[^>]+>/g, "").trim());
          if (request.kind === "start" && findHostInputProblem(request.host) === undefined) {
            const { host, text: symptom } = request;
            const port = request.port === undefined ? {} : { port: request.port };
            await start({ team, channel, user, host, text: symptom, ...port }, threadTs);
          } else if (request.kind === "handoff") {
            await dispatchInThread(team, channel, threadTs, user, () => ({
              kind: "handoff",
              user,
              ...(request.to ? { to: request.to } : {}),
            }));
          } else {
            await post(channel, slackHelpText, threadTs);
          }
        },
        (work) => work,
      ),
    ],
    [
      "slack:server-report",
      handler<"slack:server-report">(
        async ({ team, channel, threadTs, user, text }) => {
          // Only a thread that holds a diagnosis is read; a report line anywhere else is left alone.
          const conversation = slackConversationKey(team, channel, threadTs);
          const actor = { user, platform: "slack", channel };
          await handleServerReport(
            chat,
            { text: unescapeSlackText(text), actor },
            {
              conversation: (await chat.hasSession(conversation)) ? conversation : undefined,
              rememberIn: slackChannelKey(team, channel),
              tell: async (note) => {
                await post(channel, note, threadTs);
              },
            },
          );
        },
        (work) => work,
      ),
    ],
    [
      "slack:triage",
      handler<"slack:triage">(async ({ channel, ts, offer }) => {
        await deliverToSlack(() =>
          client.chat.postMessage({ channel, thread_ts: ts, text: offer.text, blocks: offer.blocks }),
        );
      }),
    ],
  ]);
}
