import type { ChatPort } from "../../src/chat/chat-port.js";
import { readTextCommand } from "../../src/chat/read-text-command.js";
import { retryByStatus } from "../../src/chat/retry-by-status.js";
import type { RetryVerdict } from "../../src/chat/retry-delivery.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import type { TeamsPlace } from "./decode-teams-activity.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";
import { renderTeamsServerCheck } from "./render-teams-server-check.js";
import { withTriagePost } from "./teams-action-codec.js";
import type { TeamsConnector } from "./teams-app.js";
import { parseTeamsConversationKey, teamsChannelKey } from "./teams-conversation-key.js";
import { teamsNoteCard } from "./teams-note-card.js";
import { teamsCommandSyntax, teamsPresenter } from "./teams-presenter.js";

const teamsHelp =
  "Mention me with a host to diagnose Remote Desktop error 0x904 and its family: @rdp-fix host42 (add " +
  "what you see, e.g. `@rdp-fix host42 0x904 since monday`, or another port with `-p 3390`). In a chat " +
  "with me, `host42 ...` or `diagnose host42` is enough. `@rdp-fix handoff @Name` hands this reply " +
  "chain's diagnosis to a person. `@rdp-fix watch host42 every 6h` warns in this reply chain before its " +
  "certificate expires and when what it offers changes (`watch list`, `unwatch host42`).";

/** The Bot Connector's throttling and its own failures pass; anything else is this request's fault. */
const teamsRetryVerdict = (error: unknown): RetryVerdict =>
  retryByStatus((error as { response?: { status?: unknown } } | null)?.response?.status);

/**
 * Teams for the shared use cases (src/chat/chat-work-handlers.ts), over the Bot Connector REST API at the
 * serviceUrl the conversation key names. The conversation is the person's own post's reply chain (or the
 * chat), so nothing is posted before it starts, and Teams has no message for one person: notes go to it.
 */
export function teamsChatPort(
  connector: (serviceUrl: string) => TeamsConnector,
): ChatPort<TeamsPlace, TeamsActivity> {
  const post = async ({ conversation }: TeamsPlace, activity: TeamsActivity) => {
    const where = parseTeamsConversationKey(conversation);
    if (!where) throw new Error(`not a Teams conversation: ${conversation}`);
    await connector(where.serviceUrl).post(where.conversationId, activity);
  };
  const say = (work: TeamsPlace, text: string) => post(work, teamsNoteCard(text));
  const home = (work: TeamsPlace) => ({
    conversation: work.conversation,
    channels: [teamsChannelKey(parseTeamsConversationKey(work.conversation)?.conversationId ?? "")],
  });
  return {
    name: "teams",
    presenter: teamsPresenter,
    helpText: teamsHelp,
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
    render: (document) => documentToAdaptiveCard(document, undefined),
    postOffer: (work, offer) => post(work, withTriagePost(offer, work.starter ?? "")),
  };
}
