import type { webApi } from "@slack/bolt";
import type { Deliver } from "../../src/chat/counted-delivery.js";
import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import type { SlackMessage } from "./slack-message.js";

/** Posting and editing in one Slack thread for the shared sender, through the Web API with retries. */
export function slackThreadPort(
  client: webApi.WebClient,
  deliver: Deliver,
  channel: string,
  threadTs: string,
): ThreadDelivery<SlackMessage> {
  return {
    post: async (message) => {
      const delivery = await deliver(() =>
        client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks }),
      );
      if (!delivery.ok)
        return { posted: false, error: delivery.error, tooLong: isTooLongForSlack(delivery.error) };
      const ts = delivery.value.ts;
      return { posted: true, retried: delivery.retried, ...(ts === undefined ? {} : { id: ts }) };
    },
    update: async (ts, message) => {
      await deliver(() => client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }));
    },
    retriedNote: "Slack was busy, so this step arrived late; nothing was lost.",
  };
}

/**
 * Slack refused the message for its size or shape (`msg_blocks_too_long`, `invalid_blocks`): retrying the
 * same message cannot help, a shorter one can.
 */
function isTooLongForSlack(error: unknown): boolean {
  const e = error as { code?: unknown; data?: { error?: unknown } } | null;
  const refusal = e?.code === "slack_webapi_platform_error" ? e.data?.error : undefined;
  return refusal === "msg_blocks_too_long" || refusal === "invalid_blocks";
}
