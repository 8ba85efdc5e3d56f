import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { latestValueThrottle } from "../../src/runtime/latest-value-throttle.js";
import type { Outbound, OutboundContext, Send } from "../../src/runtime/outbound.js";
import { actionButton } from "./action-button.js";
import { deliverToSlack } from "./deliver-to-slack.js";
import { renderProbeProgressMessage } from "./render-probe-progress-message.js";
import { renderSlackMessage } from "./render-slack-message.js";
import { actionsBlocks, mrkdwnContext } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

export interface SlackThread {
  client: webApi.WebClient;
  channel: string;
  threadTs: string;
  logger: Logger;
  /** Slack allows about 50 chat.update calls a minute; progress edits are spaced by this much. */
  progressIntervalMs: number;
  /** Shared per thread across events: set when a message could not be delivered at all. */
  undelivered: Set<string>;
  conversation: string;
}

/** The one message per probe run that shows its steps, edited in place as they complete. */
interface ProgressMessage {
  host: string;
  steps: ProbeStep[];
  ts?: string;
  push(message: SlackMessage): void;
  flush(): Promise<void>;
}

/**
 * The `send` the runtime uses for one Slack thread: each message rendered and posted in the thread, probe
 * progress kept in one message edited in place (throttled), and delivery problems told to the user.
 */
export function slackThreadSender(thread: SlackThread): Send {
  const { client, channel, threadTs, logger } = thread;
  let progress: ProgressMessage | undefined;

  const post = async (message: SlackMessage, context: OutboundContext) => {
    const delivery = await deliverToSlack(() =>
      client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks }),
    );
    if (!delivery.ok) {
      thread.undelivered.add(thread.conversation);
      logger.error(
        { err: delivery.error, channel, threadTs },
        "Slack did not accept a message; the user will be told",
      );
      return undefined;
    }
    if (delivery.retried)
      await postNote("Slack was busy, so this step arrived late; nothing was lost.", context);
    if (thread.undelivered.delete(thread.conversation)) {
      await postNote(
        "An earlier message could not be delivered. Press Resume to see where the diagnosis stands.",
        context,
        true,
      );
    }
    return delivery.value.ts;
  };

  const postNote = async (text: string, context: OutboundContext, withResume = false) => {
    const resume = withResume
      ? actionsBlocks([actionButton("Resume", { kind: "resume" }, context.sessionId)])
      : [];
    const blocks = [mrkdwnContext(`:warning: ${text}`), ...resume];
    await deliverToSlack(() => client.chat.postMessage({ channel, thread_ts: threadTs, text, blocks }));
  };

  const showProgress = (message: Extract<Outbound, { kind: "probe-progress" }>, context: OutboundContext) => {
    if (!progress) {
      const state: ProgressMessage = {
        host: message.host,
        steps: [],
        push: () => {},
        flush: async () => {},
      };
      const throttle = latestValueThrottle(async (rendered: SlackMessage) => {
        if (state.ts === undefined) {
          const ts = await post(rendered, context);
          if (ts !== undefined) state.ts = ts;
          return;
        }
        const ts = state.ts;
        await deliverToSlack(() =>
          client.chat.update({ channel, ts, text: rendered.text, blocks: rendered.blocks }),
        );
      }, thread.progressIntervalMs);
      state.push = throttle.push;
      state.flush = throttle.flush;
      progress = state;
    }
    progress.steps.push(message.step);
    progress.push(
      renderProbeProgressMessage(progress.host, progress.steps.slice(-slackLimits.blocksPerMessage + 2)),
    );
  };

  return async (message, context) => {
    if (message.kind === "probe-progress") {
      showProgress(message, context);
      return;
    }
    // The last progress state lands before whatever follows it, so the thread reads in order.
    await progress?.flush();
    await post(renderSlackMessage(message, context), context);
  };
}
