import type { webApi } from "@slack/bolt";
import type { Deliver } from "../../src/chat/counted-delivery.js";
import type { FitDocument, ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import { fitSlackDocument } from "./fit-slack-document.js";
import type { SlackMessage } from "./slack-message.js";
import { isTooLongForSlack } from "./slack-retry-verdict.js";

/** When Slack refuses a fitted message as too long anyway, it is sent again fitted to this much block text. */
const shortenedBlockText = 4_000;

/** A document as Slack messages; shorter after Slack refused one as too long (its limit is measured, not documented). */
export const fitForSlack: FitDocument<SlackMessage> = (document, sessionId, shorter) =>
  fitSlackDocument(document, sessionId, shorter ? shortenedBlockText : undefined);

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
