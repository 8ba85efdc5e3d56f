import { App, type BlockAction, HTTPReceiver } from "@slack/bolt";
import type { ChatAdapterContext, RunningChatAdapter } from "../../src/chat/chat-adapter.js";
import { countedDelivery } from "../../src/chat/counted-delivery.js";
import { notTakenText } from "../../src/chat/not-taken-text.js";
import { registerChatPlatform } from "../../src/chat/register-chat-platform.js";
import { refuseSkewedRequests } from "../../src/runtime/refuse-skewed-requests.js";
import { timedAck } from "../../src/runtime/timed-ack.js";
import { decodeBlockAction } from "./decode-block-action.js";
import { decodeSlashCommand } from "./decode-slash-command.js";
import { fitSlackDocument } from "./fit-slack-document.js";
import { type SlackPlace, slackChatPort } from "./slack-chat-port.js";
import type { SlackSettings } from "./slack-config.js";
import { slackThreadKeys } from "./slack-conversation-key.js";
import type { SlackMessage } from "./slack-message.js";
import { slackProbeRule } from "./slack-probe-rule.js";
import { slackRetryVerdict } from "./slack-retry-verdict.js";
import { slackThreadPort } from "./slack-thread-port.js";

/** What serve hands every adapter, and what a test or a pinned deployment may fix beforehand. */
export type SlackBotContext = Omit<ChatAdapterContext, "timing"> & {
  /** Known bot identity skips Bolt's auth.test call at start-up. */
  botIdentity?: { botId: string; botUserId: string };
  progressIntervalMs?: number;
};

/** The request URL of the app manifest: Slack sends events, slash commands and clicks all here. */
export const slackEventsPath = "/slack/events";

/**
 * The Slack adapter: the only file that touches Bolt. Every listener queues its work in the store and then
 * acknowledges, so Slack's 3-second limit never depends on probes or on the Web API, and an acknowledged
 * command survives a restart. Register it on the chat service before the service starts.
 */
export async function startSlackBot(
  settings: SlackSettings,
  options: SlackBotContext,
): Promise<RunningChatAdapter> {
  const { flow, chat, logger, metrics } = options;
  const config = settings.connection;
  const deliver = countedDelivery("slack", slackRetryVerdict, metrics);
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
    // Rate limits and server errors are retried by `deliver`, which can tell the user; Bolt must not hide them.
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    },
  });
  const inbox = registerChatPlatform<SlackPlace, SlackMessage>(
    {
      port: slackChatPort(app.client, deliver, metrics),
      fit: fitSlackDocument,
      thread: (conversation) => {
        const thread = slackThreadKeys.parse(conversation);
        return thread && slackThreadPort(app.client, deliver, thread.channel, thread.threadTs);
      },
      probePermission: slackProbeRule(settings.probeAccess, app.client, deliver, (error, usergroup) =>
        logger.warn(
          { err: error, usergroup },
          "Slack would not list a probe user group; nobody gets in by it",
        ),
      ),
      ...(options.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs }),
    },
    { chat, flow, logger, metrics },
  );

  app.command("/rdp-fix", async ({ command, ack: untimedAck }) => {
    const ack = timedAck(untimedAck, metrics, "slack");
    const { team_id: team, channel_id: channel, user_id: user, response_url: responseUrl } = command;
    // Each command comes once, with its own trigger_id: the same one again is a re-sent request (its signature
    // holds for five minutes) and must not start a second conversation, on this replica or any other.
    const deliveryKeys = command.trigger_id ? [`slack:command:${command.trigger_id}`] : [];
    // The response_url goes with the work: the way to tell the person if the thread cannot be opened.
    const work = { team, channel, user, responseUrl };
    const answer = await inbox
      .command(decodeSlashCommand(command.text), work, deliveryKeys, { answersWithAck: true })
      .catch((error: unknown) => {
        // Nothing was queued: the ack says so rather than leaving the person Slack's bare "dispatch_failed".
        logger.error({ err: error }, "a Slack command could not be queued");
        return notTakenText;
      });
    return answer === undefined ? ack() : ack({ response_type: "ephemeral", text: answer });
  });

  app.action<BlockAction>(/^rdpfix:/, async ({ ack: untimedAck, body }) => {
    const ack = timedAck(untimedAck, metrics, "slack");
    const decoded = decodeBlockAction(body);
    if ("error" in decoded) logger.warn({ error: decoded.error }, "undecodable Slack action");
    else await inbox.click(decoded);
    return ack();
  });

  app.event("app_mention", async ({ event, body }) => {
    const { channel, ts, thread_ts: threadTs = ts, user = "someone", text = "" } = event;
    const deliveryKeys = [`slack:event:${body.event_id}`, `slack:message:${channel}:${ts}`];
    await inbox.mention({ team: body.team_id, channel, threadTs, user, text }, deliveryKeys);
  });

  app.message(async ({ message, body, context }) => {
    if (!("text" in message) || message.subtype !== undefined || !message.text || "bot_id" in message) return;
    const { channel, ts, thread_ts: threadTs = ts, user = "someone", text } = message;
    const team = body.team_id;
    const eventKey = `slack:event:${body.event_id}`;
    // A reply in a thread may be a pasted server report; only a post at the top of a channel is triaged.
    if (threadTs !== ts) {
      await inbox.serverReport({ team, channel, threadTs, user, text }, [eventKey]);
      return;
    }
    // A message that mentions the bot is also an app_mention; that listener answers it, once.
    const mentionsBot = context.botUserId !== undefined && text.includes(`<@${context.botUserId}>`);
    if (settings.triageChannels.includes(channel) && !mentionsBot)
      await inbox.triage(text, { team, channel, ts }, [eventKey, `slack:message:${channel}:${ts}`]);
  });

  app.error(async (error) => {
    logger.error({ err: error }, "Bolt reported an error");
  });

  let stop: () => Promise<void>;
  if (receiver) {
    // Bolt refuses a request signed more than five minutes ago, but takes one signed for the future.
    const guarded = refuseSkewedRequests(receiver.requestListener, {
      header: "x-slack-request-timestamp",
      maxSkewSeconds: 5 * 60,
      onRefused: (skewSeconds) =>
        logger.warn({ skewSeconds }, "refused a Slack request signed more than five minutes from now"),
    });
    const detach = options.http.route(slackEventsPath, guarded);
    stop = async () => detach();
  } else {
    await app.start();
    stop = async () => {
      await app.stop();
    };
  }
  logger.info({ mode: config.mode, ...(receiver ? { path: slackEventsPath } : {}) }, "Slack adapter started");
  return { stop };
}
