import type { ChatPort } from "../../src/chat/chat-port.js";
import { commandHelpText } from "../../src/chat/command-help-text.js";
import { proseDocument } from "../../src/chat/document/prose.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import type { ThreadDelivery } from "../../src/chat/fitted-thread-port.js";
import { readTextCommand } from "../../src/chat/read-text-command.js";
import { retryByStatus } from "../../src/chat/retry-by-status.js";
import type { RetryVerdict } from "../../src/chat/retry-delivery.js";
import { writeTextCommand } from "../../src/chat/write-text-command.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import type { TeamsPlace } from "./decode-teams-activity.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";
import { renderTeamsServerCheck } from "./render-teams-server-check.js";
import { withTriagePost } from "./teams-action-codec.js";
import { parseTeamsConversationKey, teamsChannelKey } from "./teams-conversation-key.js";
import { teamsCommandSyntax, teamsPresenter } from "./teams-presenter.js";

type ConnectorFailure = { response?: { status?: unknown; headers?: Record<string, unknown> } } | null;

/**
 * The Bot Connector's throttling and its own failures pass, a 429 not before its Retry-After (seconds, a
 * header of the SDK's axios error); anything else is this request's fault.
 */
const teamsRetryVerdict = (error: unknown): RetryVerdict => {
  const response = (error as ConnectorFailure)?.response;
  const retryAfter = Number(response?.headers?.["retry-after"]);
  return retryByStatus(response?.status, Number.isFinite(retryAfter) ? retryAfter : undefined);
};

/**
 * Teams for the shared use cases (src/chat/chat-work-handlers.ts), over the Bot Connector REST API at the
 * serviceUrl the conversation key names. The conversation is the person's own post's reply chain (or the
 * chat), so nothing is posted before it starts, and Teams has no message for one person: notes go to it.
 */
export function teamsChatPort(
  thread: (conversation: string) => ThreadDelivery<TeamsActivity> | undefined,
): ChatPort<TeamsPlace, TeamsActivity> {
  const post = async ({ conversation }: TeamsPlace, activity: TeamsActivity) => {
    const outcome = await thread(conversation)?.post(activity);
    if (!outcome?.posted) throw outcome?.error ?? new Error(`not a Teams conversation: ${conversation}`);
  };
  const render = (document: ReplyDocument) => documentToAdaptiveCard(document, undefined);
  const say = (work: TeamsPlace, text: string) => post(work, render(proseDocument(text)));
  const home = (work: TeamsPlace) => ({
    conversation: work.conversation,
    channels: [teamsChannelKey(parseTeamsConversationKey(work.conversation)?.conversationId ?? "")],
  });
  return {
    name: "teams",
    presenter: teamsPresenter,
    helpText: commandHelpText(writeTextCommand(teamsCommandSyntax), [
      "In a chat with me, `host42 ...` or `diagnose host42` is enough.",
    ]),
    pasteReportPrompt:
      "Press Check the server for the box to paste the report into, or paste it as a reply here.",
    actor: ({ user, channel }) => ({
      user,
      platform: "teams",
      ...(channel === undefined ? {} : { channel }),
    }),
    readCommand: (text) =>
      readTextCommand(text, {
        commandSyntax: teamsCommandSyntax,
        // Teams sends a mention as `<at>Name</at>`, read as "@Name": whom a handoff names.
        person: (words) => (/^@[\p{L}\p{N} ._'-]{1,80}$/u.test(words) ? words : undefined),
      }),
    // The person's own post is the root: its reply chain (or the chat) is the conversation.
    postRoot: ({ activityId }) => ({ call: async () => activityId, verdict: teamsRetryVerdict }),
    openConversation: async (work) => home(work),
    threadOf: home,
    triageHome: home,
    channelKey: (work) => home(work).channels[0] as string,
    answerCommand: (work, text) => ({ call: () => say(work, text), verdict: teamsRetryVerdict }),
    say,
    tellPrivately: say,
    sendCollector: (work, document, sessionId) => post(work, renderTeamsServerCheck(document, sessionId)),
    readStarterText: async ({ starter }) => starter ?? "",
    render,
    postOffer: (work, offer) => post(work, withTriagePost(offer, work.starter ?? "")),
  };
}
