import { App, HTTPReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import { anyoneMayProbe, type ChannelAndGroupAccess } from "../../src/chat/channel-and-group-rule.js";
import type { ChatService } from "../../src/chat/chat-service.js";
import { detectRdpFailure } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { HttpRoutes } from "../../src/runtime/http-server.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { looksLikeServerReport } from "../../src/server-report/looks-like-server-report.js";
import { decodeBlockAction, type SlackBlockActionsBody } from "./decode-block-action.js";
import { decodeSlashCommand } from "./decode-slash-command.js";
import { countSlackDeliveries } from "./deliver-to-slack.js";
import { refuseSkewedSlackRequests } from "./refuse-skewed-slack-requests.js";
import { renderTriageOffer } from "./render-triage-offer.js";
import { slackCommandSyntax } from "./slack-command-syntax.js";
import type { SlackConfig } from "./slack-config.js";
import { parseSlackConversationKey, slackChannelKey } from "./slack-conversation-key.js";
import { slackHelpText } from "./slack-help-text.js";
import { slackProbeRule } from "./slack-probe-rule.js";
import { slackThreadPort } from "./slack-thread-port.js";
import type { SlackWork, SlackWorkKind } from "./slack-work.js";
import { slackWorkHandlers } from "./slack-work-handlers.js";
import { usergroupMembers } from "./usergroup-members.js";

export interface SlackBotOptions {
  config: SlackConfig;
  flow: Flow;
  /** The shared chat layer: store, runner and work queue; this adapter registers its work kinds on it. */
  chat: ChatService;
  triageChannels: readonly string[];
  /** Who may probe from Slack (anyone by default). */
  probeAccess?: ChannelAndGroupAccess;
  logger: Logger;
  /** The runtime's HTTP server, where HTTP mode attaches Slack's one request URL (events, commands, clicks). */
  http: HttpRoutes;
  /** Known bot identity skips Bolt's auth.test call at start-up (tests, or a pinned deployment). */
  botIdentity?: { botId: string; botUserId: string };
  progressIntervalMs?: number;
  /** Counts ack latency and Web API retries and failures. */
  metrics?: Metrics;
}

/** The request URL of the app manifest: Slack sends events, slash commands and clicks all here. */
export const slackEventsPath = "/slack/events";

export interface RunningSlackBot {
  /** Stops taking requests; queued work stays in the store for whichever replica runs next. */
  stop(): Promise<void>;
}

/**
 * The Slack adapter: the only file that touches Bolt. Every listener queues its work in the store and then
 * acknowledges, so Slack's 3-second limit never depends on probes or on the Web API, and an acknowledged
 * command survives a restart. Register it on the chat service before the service starts.
 */
export async function startSlackBot(options: SlackBotOptions): Promise<RunningSlackBot> {
  const { config, flow, chat, logger, metrics } = options;
  const stopCounting = metrics ? countSlackDeliveries(metrics) : () => {};
  // HTTP mode: Bolt's own receiver verifies every request's signature and age, mounted on the runtime's
  // server rather than listening itself, so health, metrics and every webhook share PORT.
  const transport =
    config.mode === "http"
      ? { receiver: new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: [slackEventsPath] }) }
      : { socketMode: true, appToken: config.appToken };
  const receiver = "receiver" in transport ? transport.receiver : undefined;
  const app = new App({
    token: config.botToken,
    ...transport,
    ...(options.botIdentity ?? {}),
    // Rate limits and server errors are retried by deliverToSlack, which can tell the user; Bolt must not hide them.
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    },
  });
  const enqueue = <K extends SlackWorkKind>(kind: K, work: SlackWork[K]) => chat.enqueue(kind, work);
  /** The listener's `ack`, timed from now (the listener starting) to its call. */
  const timed = <F>(ack: F): F => {
    const started = performance.now();
    const call = (...args: unknown[]) => {
      metrics?.ackLatency("slack", (performance.now() - started) / 1000);
      return (ack as (...args: unknown[]) => Promise<void>)(...args);
    };
    return call as F;
  };

  chat.registerPlatform({
    name: "slack",
    commandSyntax: slackCommandSyntax,
    probePermission: slackProbeRule(
      options.probeAccess ?? anyoneMayProbe,
      usergroupMembers(app.client, (error, usergroup) =>
        logger.warn(
          { err: error, usergroup },
          "Slack would not list a probe user group; nobody gets in by it",
        ),
      ),
    ),
    senderFor: (conversation) => {
      const thread = parseSlackConversationKey(conversation);
      if (!thread) throw new Error(`not a Slack conversation: ${conversation}`);
      return chat.senderOn(slackThreadPort(app.client, thread.channel, thread.threadTs), {
        logger: logger.child({ conversation }),
        progressIntervalMs: options.progressIntervalMs ?? 1200,
        conversation,
      });
    },
  });
  for (const [kind, handler] of slackWorkHandlers({ chat, client: app.client, logger, metrics }))
    chat.handle(kind, handler);

  app.command("/rdp-fix", async ({ command, ack: untimedAck }) => {
    const ack = timed(untimedAck);
    const request = decodeSlashCommand(command.text);
    if (request.kind === "help") return ack({ response_type: "ephemeral", text: slackHelpText });
    if (request.kind === "invalid") return ack({ response_type: "ephemeral", text: request.message });
    // Each command comes once, with its own trigger_id: the same one again is a re-sent request (its signature
    // holds for five minutes) and must not start a second conversation, on this replica or any other.
    if (command.trigger_id && !(await chat.firstDelivery(`slack:command:${command.trigger_id}`)))
      return ack();
    const { team_id: team, channel_id: channel, user_id: user } = command;
    if (request.kind === "handoff") {
      if (!(await chat.latestIn(slackChannelKey(team, channel))))
        return ack({ response_type: "ephemeral", text: "No diagnosis has run in this channel yet." });
      await enqueue("slack:handoff", { team, channel, user, ...(request.to ? { to: request.to } : {}) });
      return ack();
    }
    // decodeSlashCommand read the host and port through the one validator (parseProbeTarget).
    const port = request.port === undefined ? {} : { port: request.port };
    const { host, text } = request;
    // The response_url goes with the work: the way to tell the person if the thread cannot be opened.
    const responseUrl = command.response_url;
    await enqueue("slack:command", { team, channel, user, host, text, responseUrl, ...port });
    return ack();
  });

  app.action(/^rdpfix:/, async ({ ack: untimedAck, body }) => {
    const ack = timed(untimedAck);
    const click = body as unknown as SlackBlockActionsBody & { team?: { id: string } | null };
    const decoded = decodeBlockAction(click);
    if ("error" in decoded) {
      logger.warn({ error: decoded.error }, "undecodable Slack action");
      return ack();
    }
    const { action, channel, threadTs, user, sessionId } = decoded;
    await enqueue("slack:click", { team: click.team?.id ?? "", channel, threadTs, user, sessionId, action });
    return ack();
  });

  app.event("app_mention", async ({ event, body }) => {
    if (
      !(await chat.firstDelivery(`slack:event:${body.event_id}`)) ||
      !(await chat.firstDelivery(`slack:message:${event.channel}:${event.ts}`))
    )
      return;
    await enqueue("slack:mention", {
      team: body.team_id,
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      user: event.user ?? "someone",
      text: event.text ?? "",
    });
  });

  app.message(async ({ message, body, context }) => {
    if (!("text" in message) || message.subtype !== undefined || !message.text || "bot_id" in message) return;
    if (
      message.thread_ts !== undefined &&
      message.thread_ts !== message.ts &&
      looksLikeServerReport(message.text)
    ) {
      if (!(await chat.firstDelivery(`slack:event:${body.event_id}`))) return;
      const { channel, thread_ts: threadTs, user = "someone", text } = message;
      await enqueue("slack:server-report", { team: body.team_id, channel, threadTs, user, text });
      return;
    }
    if (!options.triageChannels.includes(message.channel)) return;
    if (message.thread_ts !== undefined && message.thread_ts !== message.ts) return;
    // A message that mentions the bot is also an app_mention; that listener answers it, once.
    if (context.botUserId && message.text.includes(`<@${context.botUserId}>`)) return;
    const report = detectRdpFailure(flow, message.text);
    if (!report) return;
    if (
      !(await chat.firstDelivery(`slack:event:${body.event_id}`)) ||
      !(await chat.firstDelivery(`slack:message:${message.channel}:${message.ts}`))
    )
      return;
    const host =
      report.host !== undefined && findHostInputProblem(report.host) === undefined ? report.host : undefined;
    const offer = renderTriageOffer(report, host, context.botUserId ?? "");
    logger.info({ triage: report.matched, channel: message.channel }, "offering a diagnosis");
    await enqueue("slack:triage", { channel: message.channel, ts: message.ts, offer });
  });

  app.error(async (error) => {
    logger.error({ err: error }, "Bolt reported an error");
  });

  if (receiver) {
    const guarded = refuseSkewedSlackRequests(receiver.requestListener, (skewSeconds) =>
      logger.warn({ skewSeconds }, "refused a Slack request signed more than five minutes from now"),
    );
    const detach = options.http.route(slackEventsPath, guarded);
    logger.info({ mode: config.mode, path: slackEventsPath }, "Slack adapter started");
    return {
      stop: async () => {
        stopCounting();
        detach();
      },
    };
  }
  await app.start().catch((error: unknown) => {
    stopCounting();
    throw error;
  });
  logger.info({ mode: config.mode }, "Slack adapter started");
  return {
    stop: async () => {
      stopCounting();
      await app.stop();
    },
  };
}
