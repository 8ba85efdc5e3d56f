import type { webApi } from "@slack/bolt";
import type { ThreadPort } from "../../src/chat/thread-port.js";
import { actionButton } from "./action-button.js";
import { deliverToSlack, isTooLongForSlack } from "./deliver-to-slack.js";
import { renderSlackMessages } from "./render-slack-message.js";
import { renderSlackProgress } from "./render-slack-progress.js";
import { actionsBlocks, mrkdwnContext } from "./slack-blocks.js";
import type { SlackMessage } from "./slack-message.js";

/** When Slack refuses a fitted message as too long anyway, it is sent again fitted to this much block text. */
const shortenedBlockText = 4_000;

/** One Slack thread for the shared sender (src/chat/thread-sender.ts), through the Web API with retries. */
export function slackThreadPort(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
): ThreadPort<SlackMessage> {
  return {
    render: (message, context, shorter) =>
      renderSlackMessages(message, context, ...(shorter ? [shortenedBlockText] : [])),
    renderProgress: renderSlackProgress,
    renderNote: (text, resumeSession) => ({
      text,
      blocks: [
        mrkdwnContext(`:warning: ${text}`),
        ...(resumeSession === undefined
          ? []
          : actionsBlocks([actionButton("Resume", { kind: "resume" }, resumeSession)])),
      ],
    }),
    post: async (message) => {
      const delivery = await deliverToSlack(() =>
        client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks }),
      );
      if (!delivery.ok)
        return { posted: false, error: delivery.error, tooLong: isTooLongForSlack(delivery.error) };
      const ts = delivery.value.ts;
      return ts === undefined
        ? { posted: true, retried: delivery.retried }
        : { posted: true, id: ts, retried: delivery.retried };
    },
    update: async (ts, message) => {
      await deliverToSlack(() =>
        client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }),
      );
    },
    retriedNote: "Slack was busy, so this step arrived late; nothing was lost.",
  };
}
