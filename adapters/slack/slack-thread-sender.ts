import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { UndeliveredMarks } from "../../src/chat/undelivered-marks.js";
import type { Outbound, OutboundContext, Send } from "../../src/runtime/outbound.js";
import { type ProgressMessage, progressMessage } from "../../src/runtime/progress-message.js";
import { actionButton } from "./action-button.js";
import { deliverToSlack, isTooLongForSlack } from "./deliver-to-slack.js";
import { renderSlackMessages } from "./render-slack-message.js";
import { renderSlackProgress } from "./render-slack-progress.js";
import { actionsBlocks, mrkdwnContext } from "./slack-blocks.js";
import type { SlackMessage } from "./slack-message.js";

/** When Slack refuses a fitted message as too long anyway, it is sent again fitted to this much block text. */
const shortenedBlockText = 4_000;

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
 * The `send` the runtime uses for one Slack thread: each message presented, fitted and posted in the thread
 * (a long one as follow-ups), probe progress kept in one message edited in place (throttled), and delivery
 * problems told to the user.
 */
export function slackThreadSender(thread: SlackThread): Send {
  const { client, channel, threadTs, logger } = thread;
  let progress: ProgressMessage | undefined;

  /** Posts one message; `tooLong` when Slack refused it for its size, which a shorter message can mend. */
  const post = async (
    message: SlackMessage,
    context: OutboundContext,
  ): Promise<{ ts?: string; tooLong?: true }> => {
    const delivery = await deliverToSlack(() =>
      client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks }),
    );
    if (!delivery.ok) {
      if (isTooLongForSlack(delivery.error)) return { tooLong: true };
      await thread.undelivered.markUndelivered(thread.conversation);
      logger.error(
        { err: delivery.error, channel, threadTs },
        "Slack did not accept a message; the user will be told",
      );
      return {};
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
    return delivery.value.ts === undefined ? {} : { ts: delivery.value.ts };
  };

  const postNote = async (text: string, context: OutboundContext, withResume = false) => {
    const resume = withResume
      ? actionsBlocks([actionButton("Resume", { kind: "resume" }, context.sessionId)])
      : [];
    const blocks = [mrkdwnContext(`:warning: ${text}`), ...resume];
    await deliverToSlack(() => client.chat.postMessage({ channel, thread_ts: threadTs, text, blocks }));
  };

  /**
   * Posts the fitted messages in order. Should Slack still refuse one as too long (its limit is measured,
   * not documented), the rest of the reply is fitted again to a third of the text and posted that way, and
   * the log says so: a shorter card rather than silence and a Resume that rebuilds the same refused card.
   */
  const postReply = async (message: Outbound, context: OutboundContext) => {
    const messages = renderSlackMessages(message, context);
    for (const [i, rendered] of messages.entries()) {
      if (!(await post(rendered, context)).tooLong) continue;
      logger.warn(
        { channel, threadTs, kind: message.kind },
        "Slack refused a fitted message as too long; sending it shortened",
      );
      // The messages before this one are posted; the shorter rendering goes on from about the same place.
      const shorter = renderSlackMessages(message, context, shortenedBlockText);
      for (const again of shorter.slice(Math.min(i, shorter.length - 1)))
        if ((await post(again, context)).tooLong) {
          await thread.undelivered.markUndelivered(thread.conversation);
          logger.error(
            { channel, threadTs },
            "Slack refused the shortened message too; the user will be told",
          );
          return;
        }
      return;
    }
  };

  const showProgress = (message: Extract<Outbound, { kind: "probe-progress" }>, context: OutboundContext) => {
    progress ??= progressMessage({
      host: message.host,
      render: renderSlackProgress,
      post: async (rendered) => (await post(rendered, context)).ts,
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
    await postReply(message, context);
  };
}
