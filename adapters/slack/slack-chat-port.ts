import type { webApi } from "@slack/bolt";
import type { ChatPort } from "../../src/chat/chat-port.js";
import { commandHelpText } from "../../src/chat/command-help-text.js";
import type { Deliver } from "../../src/chat/counted-delivery.js";
import { postJsonAttempt } from "../../src/chat/post-json-attempt.js";
import { writeTextCommand } from "../../src/chat/write-text-command.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { decodeSlashCommand } from "./decode-slash-command.js";
import { documentToSlack } from "./document-to-slack.js";
import { renderSlackServerCheck } from "./render-server-check.js";
import { slackCommandSyntax } from "./slack-command-syntax.js";
import { slackChannelKeys, slackThreadKeys } from "./slack-conversation-key.js";
import type { SlackMessage } from "./slack-message.js";
import { slackPresenter } from "./slack-presenter.js";
import { slackRetryVerdict } from "./slack-retry-verdict.js";
import { unescapeSlackText } from "./unescape-slack-text.js";

/**
 * Slack's part of a queued work payload (as the old release wrote it, too): the channel, the thread when
 * known (`ts` is the triage post's), and the slash command's response_url, its way back to the person.
 */
export interface SlackPlace {
  team?: string;
  channel: string;
  threadTs?: string;
  ts?: string;
  responseUrl?: string;
}

/** Slack for the shared use cases (src/chat/chat-work-handlers.ts), through the Web API with retries. */
export function slackChatPort(
  client: webApi.WebClient,
  deliver: Deliver,
  metrics: Metrics | undefined,
): ChatPort<SlackPlace, SlackMessage> {
  const channelKey = ({ team = "", channel }: SlackPlace) => slackChannelKeys.key({ team, channel });
  const home = (work: SlackPlace, threadTs: string) => ({
    conversation: slackThreadKeys.key({ team: work.team ?? "", channel: work.channel, threadTs }),
    channels: [channelKey(work)],
  });
  const post = async (channel: string, threadTs: string | undefined, message: Partial<SlackMessage>) => {
    if (threadTs === undefined) return;
    await deliver(() =>
      client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text ?? "", ...message }),
    );
  };
  return {
    name: "slack",
    presenter: slackPresenter,
    helpText: commandHelpText(writeTextCommand(slackCommandSyntax), [
      "Mention me with a host in any channel to start there.",
    ]),
    // Slack has no paste form: the report is read from the thread.
    pasteReportPrompt: "Paste the `RDPFIX1:` line as a reply in this thread.",
    actor: (work) => ({ user: work.user, platform: "slack", channel: work.channel }),
    readCommand: (text) => decodeSlashCommand(text.replace(/<@[^>]+>/g, "").trim()),
    reportText: unescapeSlackText,
    postRoot: (work, headline) => ({
      call: async () => {
        // Slack shows a thread's replies folded under its root: the root points there.
        const text = `<@${work.user}> ${headline} Follow it in the thread.`;
        return (await client.chat.postMessage({ channel: work.channel, text })).ts;
      },
      verdict: slackRetryVerdict,
    }),
    openConversation: async (work, rootTs) => home(work, rootTs),
    threadOf: (work) => (work.threadTs === undefined ? undefined : home(work, work.threadTs)),
    triageHome: (work) => home(work, work.threadTs ?? ""),
    channelKey,
    // Slack honours a response_url 5 times within 30 minutes; the note shows to the person who typed the command.
    answerCommand: (work, text) => postJsonAttempt(work.responseUrl, { response_type: "ephemeral", text }),
    say: (work, text) => post(work.channel, work.threadTs, { text }),
    tellPrivately: async ({ channel, user, threadTs }, text) => {
      const thread = threadTs === undefined ? {} : { thread_ts: threadTs };
      await deliver(() => client.chat.postEphemeral({ channel, user, text, ...thread }));
    },
    sendCollector: (work, document) =>
      post(work.channel, work.threadTs, { text: renderSlackServerCheck(document) }),
    readStarterText: async ({ channel, threadTs }) => {
      // The root of the thread the offer sits in; a bot's post, or one that cannot be fetched, reads as nothing.
      const replies = await client.conversations
        .replies({ channel, ts: threadTs ?? "", limit: 1 })
        .catch(() => undefined);
      const root = replies?.messages?.[0];
      if (!root || root.ts !== threadTs || root.bot_id !== undefined || root.app_id !== undefined) return "";
      return unescapeSlackText(root.text ?? "");
    },
    render: (document) => documentToSlack(document, undefined),
    postOffer: (work, offer) => post(work.channel, work.ts ?? work.threadTs, offer),
    onRootLost: () => metrics?.chatApiError("slack"),
  };
}
