import type { Logger } from "pino";
import type { Outbound, OutboundContext, Send } from "../runtime/outbound.js";
import { type ProgressMessage, progressMessage } from "../runtime/progress-message.js";
import type { ThreadPort } from "./thread-port.js";
import type { UndeliveredMarks } from "./undelivered-marks.js";

export interface ThreadSenderOptions<M> {
  port: ThreadPort<M>;
  /** Says which conversation; the sender logs what the user cannot see. */
  logger: Logger;
  /** Chat APIs limit edits (Slack about 50 a minute); progress edits are spaced by this much. */
  progressIntervalMs: number;
  /** Kept in the store, so the Resume offer survives a restart and reaches whichever replica speaks next. */
  undelivered: UndeliveredMarks;
  conversation: string;
}

const lostNote = "An earlier message could not be delivered. Press Resume to see where the diagnosis stands.";

/**
 * The `send` for one conversation on any platform: each reply posted in order (a long one as follow-ups),
 * probe progress kept in one message edited in place (throttled), and a lost message told on the next one
 * that gets through, with Resume.
 */
export function threadSender<M>(options: ThreadSenderOptions<M>): Send {
  const { port, logger, undelivered, conversation } = options;
  let progress: ProgressMessage | undefined;
  // The store failing too must not hide the reply that is being sent.
  const markLost = () => undelivered.markUndelivered(conversation).catch(() => undefined);

  /** Posts one message; `tooLong` when the platform refused it for its size. */
  const post = async (message: M, context: OutboundContext): Promise<{ id?: string; tooLong?: true }> => {
    const outcome = await port.post(message);
    if (!outcome.posted) {
      if (outcome.tooLong) return { tooLong: true };
      await markLost();
      logger.error(
        { err: outcome.error },
        "the chat platform did not accept a message; the user will be told",
      );
      return {};
    }
    if (outcome.retried && port.retriedNote !== undefined) await port.post(port.renderNote(port.retriedNote));
    if (await undelivered.takeUndelivered(conversation)) {
      const note = await port.post(port.renderNote(lostNote, context.sessionId));
      if (!note.posted) await markLost();
    }
    return outcome.id === undefined ? {} : { id: outcome.id };
  };

  /**
   * Posts the messages in order. Should the platform still refuse one as too long (Slack's limit is measured,
   * not documented), the rest of the reply is rendered shorter and posted that way, and the log says so: a
   * shorter card rather than silence and a Resume that rebuilds the same refused card.
   */
  const postReply = async (message: Outbound, context: OutboundContext) => {
    const messages = port.render(message, context);
    for (const [i, rendered] of messages.entries()) {
      if (!(await post(rendered, context)).tooLong) continue;
      logger.warn(
        { kind: message.kind },
        "the chat platform refused a fitted message as too long; sending it shortened",
      );
      // The messages before this one are posted; the shorter rendering goes on from about the same place.
      const shorter = port.render(message, context, true);
      for (const again of shorter.slice(Math.min(i, shorter.length - 1)))
        if ((await post(again, context)).tooLong) {
          await markLost();
          logger.error("the chat platform refused the shortened message too; the user will be told");
          return;
        }
      return;
    }
  };

  const showProgress = (message: Extract<Outbound, { kind: "probe-progress" }>, context: OutboundContext) => {
    progress ??= progressMessage({
      host: message.host,
      render: port.renderProgress,
      post: async (rendered) => (await post(rendered, context)).id,
      edit: port.update,
      intervalMs: options.progressIntervalMs,
    });
    progress.add(message.step);
  };

  return async (message, context) => {
    if (message.kind === "probe-progress") return showProgress(message, context);
    // The last progress state lands before whatever follows it, so the thread reads in order.
    await progress?.flush();
    await postReply(message, context);
  };
}
