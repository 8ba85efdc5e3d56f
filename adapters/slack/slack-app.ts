import { App, type webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { detectRdpFailure, type InboundEvent } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { chatActionToEvent } from "../../src/runtime/chat-action-event.js";
import type { SlackConfig } from "../../src/runtime/config-schema.js";
import type { ConversationRunner } from "../../src/runtime/conversation-runner.js";
import { DedupeCache } from "../../src/runtime/dedupe-cache.js";
import type { SessionStore } from "../../src/runtime/session-store.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { workQueue } from "../../src/runtime/work-queue.js";
import { decodeBlockAction, type SlackBlockActionsBody } from "./decode-block-action.js";
import { decodeSlashCommand } from "./decode-slash-command.js";
import { deliverToSlack } from "./deliver-to-slack.js";
import { renderTriageOffer } from "./render-triage-offer.js";
import { slackConversationKey } from "./slack-conversation-key.js";
import { slackHelpText } from "./slack-help-text.js";
import { slackThreadSender } from "./slack-thread-sender.js";

export interface SlackBotOptions {
  config: SlackConfig;
  flow: Flow;
  runner: ConversationRunner;
  store: SessionStore;
  triageChannels: readonly string[];
  logger: Logger;
  /** Where the HTTP receiver (and /healthz) listens; default all interfaces. */
  listenHost?: string;
  /** Known bot identity skips Bolt's auth.test call at start-up (tests, or a pinned deployment). */
  botIdentity?: { botId: string; botUserId: string };
  progressIntervalMs?: number;
  /** How many conversations may work at once, probe runs included (default 8); the rest wait their turn. */
  backgroundConcurrency?: number;
}

export interface RunningSlackBot {
  /** The port Slack's requests and /healthz are served on. */
  port: number;
  stop(): Promise<void>;
}

/**
 * The Slack adapter: the only file that touches Bolt. Every listener acknowledges first and does the work
 * afterwards, so Slack's 3-second limit never depends on probes or on the Web API.
 */
export async function startSlackBot(options: SlackBotOptions): Promise<RunningSlackBot> {
  const { config, flow, runner, store, logger } = options;
  const deliveries = new DedupeCache(60 * 60 * 1000);
  const undelivered = new Set<string>();
  const latestInChannel = new Map<string, { conversation: string; threadTs: string }>();
  const app = new App({
    token: config.botToken,
    ...(config.mode === "http"
      ? { signingSecret: config.signingSecret }
      : { socketMode: true, appToken: config.appToken }),
    ...(options.botIdentity ?? {}),
    // Rate limits and server errors are retried by deliverToSlack, which can tell the user; Bolt must not hide them.
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    },
    customRoutes: [
      { path: "/healthz", method: ["GET"], handler: (_req, res) => void res.writeHead(200).end("ok") },
    ],
    ...(config.mode === "socket" ? { installerOptions: { port: config.port } } : {}),
  });
  // Work after an ack goes through a small queue, so a burst of commands cannot starve the next acks.
  const work = workQueue(options.backgroundConcurrency ?? 8, (error, what) =>
    logger.error({ err: error, what }, "Slack work failed"),
  );
  const background = (what: string, job: () => Promise<void>) => work.push(what, job);

  const dispatchInThread = (
    team: string,
    channel: string,
    threadTs: string,
    event: (conversation: string) => InboundEvent,
  ) => {
    const conversation = slackConversationKey(team, channel, threadTs);
    latestInChannel.set(channel, { conversation, threadTs });
    const send = slackThreadSender({
      client: app.client,
      channel,
      threadTs,
      logger: logger.child({ conversation }),
      progressIntervalMs: options.progressIntervalMs ?? 1200,
      undelivered,
      conversation,
    });
    return runner.dispatch(conversation, event(conversation), send);
  };

  const startDiagnosis = (
    team: string,
    channel: string,
    threadTs: string,
    user: string,
    host: string,
    text: string,
    port?: number,
  ) =>
    dispatchInThread(team, channel, threadTs, (conversation) => ({
      kind: "start",
      host,
      ...(port === undefined ? {} : { port }),
      text,
      user,
      conversation,
      probing: true,
    }));

  app.command("/rdp-fix", async ({ command, ack, client }) => {
    const request = decodeSlashCommand(command.text);
    if (request.kind === "help") return ack({ response_type: "ephemeral", text: slackHelpText });
    if (request.kind === "invalid") return ack({ response_type: "ephemeral", text: request.message });
    if (request.kind === "handoff") {
      const latest = latestInChannel.get(command.channel_id);
      if (!latest)
        return ack({ response_type: "ephemeral", text: "No diagnosis has run in this channel yet." });
      await ack();
      const handoff = {
        kind: "handoff" as const,
        user: command.user_id,
        ...(request.to ? { to: request.to } : {}),
      };
      return background("handoff", () =>
        dispatchInThread(command.team_id, command.channel_id, latest.threadTs, () => handoff),
      );
    }
    const problem = findHostInputProblem(request.host);
    if (problem)
      return ack({
        response_type: "ephemeral",
        text: `I cannot use "${request.host}" as a host: ${problem}.`,
      });
    await ack();
    background("start", async () => {
      const root = await rootMessage(
        client,
        command.channel_id,
        `<@${command.user_id}> started a Remote Desktop diagnosis of \`${request.host}\`. Follow it in the thread.`,
      );
      if (root)
        await startDiagnosis(
          command.team_id,
          command.channel_id,
          root,
          command.user_id,
          request.host,
          request.text,
          request.port,
        );
    });
  });

  app.action(/^rdpfix:/, async ({ ack, body }) => {
    await ack();
    background("click", async () => {
      const click = body as unknown as SlackBlockActionsBody & { team?: { id: string } | null };
      const decoded = decodeBlockAction(click);
      if ("error" in decoded) return logger.warn({ error: decoded.error }, "undecodable Slack action");
      const team = click.team?.id ?? "";
      const { action, channel, threadTs, user } = decoded;
      if (action.kind === "start-from-triage")
        return startDiagnosis(team, channel, threadTs, user, action.host, "");
      const session = await store.load(slackConversationKey(team, channel, threadTs));
      if (session?.id !== decoded.sessionId) {
        await deliverToSlack(() =>
          app.client.chat.postEphemeral({
            channel,
            user,
            thread_ts: threadTs,
            text: "That button belongs to a diagnosis that is no longer running in this thread. Start a new one with `/rdp-fix <host>`.",
          }),
        );
        return;
      }
      await dispatchInThread(team, channel, threadTs, () => chatActionToEvent(action, user));
    });
  });

  app.event("app_mention", async ({ event, body }) => {
    if (
      !deliveries.firstSighting(`event:${body.event_id}`) ||
      !deliveries.firstSighting(`message:${event.channel}:${event.ts}`)
    )
      return;
    const threadTs = event.thread_ts ?? event.ts;
    const request = decodeSlashCommand((event.text ?? "").replace(/<@[^>]+>/g, "").trim());
    const user = event.user ?? "someone";
    background("mention", async () => {
      if (request.kind === "start" && findHostInputProblem(request.host) === undefined) {
        await startDiagnosis(
          body.team_id,
          event.channel,
          threadTs,
          user,
          request.host,
          request.text,
          request.port,
        );
      } else if (request.kind === "handoff") {
        await dispatchInThread(body.team_id, event.channel, threadTs, () => ({
          kind: "handoff",
          user,
          ...(request.to ? { to: request.to } : {}),
        }));
      } else {
        await deliverToSlack(() =>
          app.client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, text: slackHelpText }),
        );
      }
    });
  });

  app.message(async ({ message, body, context }) => {
    if (!("text" in message) || message.subtype !== undefined || !message.text || "bot_id" in message) return;
    if (!options.triageChannels.includes(message.channel)) return;
    if (message.thread_ts !== undefined && message.thread_ts !== message.ts) return;
    // A message that mentions the bot is also an app_mention; that listener answers it, once.
    if (context.botUserId && message.text.includes(`<@${context.botUserId}>`)) return;
    if (
      !deliveries.firstSighting(`event:${body.event_id}`) ||
      !deliveries.firstSighting(`message:${message.channel}:${message.ts}`)
    )
      return;
    const report = detectRdpFailure(flow, message.text);
    if (!report) return;
    const host =
      report.host !== undefined && findHostInputProblem(report.host) === undefined ? report.host : undefined;
    const offer = renderTriageOffer(report, host, context.botUserId ?? "");
    logger.info({ triage: report.matched, channel: message.channel }, "offering a diagnosis");
    background("triage", async () => {
      await deliverToSlack(() =>
        app.client.chat.postMessage({
          channel: message.channel,
          thread_ts: message.ts,
          text: offer.text,
          blocks: offer.blocks,
        }),
      );
    });
  });

  app.error(async (error) => {
    logger.error({ err: error }, "Bolt reported an error");
  });

  const listenHost = options.listenHost ?? "0.0.0.0";
  const started =
    config.mode === "http" ? await app.start({ port: config.port, host: listenHost }) : await app.start();
  const address = config.mode === "http" ? (started as { address(): unknown }).address() : undefined;
  const port =
    typeof address === "object" && address !== null && "port" in address ? Number(address.port) : config.port;
  logger.info({ mode: config.mode, port }, "Slack adapter started");
  return {
    port,
    stop: async () => {
      await app.stop();
      await work.drained();
    },
  };
}

/** The visible message a diagnosis threads under, so colleagues can follow; its ts names the thread. */
async function rootMessage(
  client: webApi.WebClient,
  channel: string,
  text: string,
): Promise<string | undefined> {
  const delivery = await deliverToSlack(() => client.chat.postMessage({ channel, text }));
  return delivery.ok ? delivery.value.ts : undefined;
}
