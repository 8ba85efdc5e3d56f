import type { webApi } from "@slack/bolt";
import type { Deliver } from "../../src/chat/counted-delivery.js";
import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import type { SlackMessage } from "./slack-message.js";
import { isTooLongForSlack } from "./slack-retry-verdict.js";

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
