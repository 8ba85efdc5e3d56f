import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { UndeliveredMarks } from "../../src/chat/undelivered-marks.js";
import type { Outbound, OutboundContext, Send } from "../../src/runtime/outbound.js";
import { type ProgressMessage, progressMessage } from "../../src/runtime/progress-message.js";
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
  /** Kept in the store, so the Resume offer survives a restart and reaches whichever replica speaks next. */
  undelivered: UndeliveredMarks;
  conversation: string;
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
      await thread.undelivered.markUndelivered(thread.conversation);
      logger.error(
        { err: delivery.error, channel, threadTs },
        "Slack did not accept a message; the user will be told",
      );
      return undefined;
    }
    if (delivery.retried)
      await postNote("Slack was busy, so this step arrived late; nothing was lost.", context);
    if (await thread.undelivered.takeUndelivered(thread.conversation)) {
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
    progress ??= progressMessage({
      host: message.host,
      // The newest steps win when a long run would pass Slack's block limit.
      render: (host, steps) =>
        renderProbeProgressMessage(host, steps.slice(-slackLimits.blocksPerMessage + 2)),
      post: (rendered) => post(rendered, context),
      edit: async (ts, rendered) => {
        await deliverToSlack(() =>
          client.chat.update({ channel, ts, text: rendered.text, blocks: rendered.blocks }),
        );
      },
      intervalMs: thread.progressIntervalMs,
    });
    progress.add(message.step);
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
