import type { Logger } from "pino";
import type { ChatService } from "../../src/chat/chat-service.js";
import { handOffLatest } from "../../src/chat/hand-off-latest.js";
import { handleClick } from "../../src/chat/handle-click.js";
import { handleServerReport } from "../../src/chat/handle-server-report.js";
import { startDiagnosis } from "../../src/chat/start-diagnosis.js";
import { workHandler } from "../../src/chat/work-handler.js";
import type { JobHandler } from "../../src/runtime/job-worker.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { shippedCollectorOneLiner } from "../../src/server-report/collector-script.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import type { TeamsPlace } from "./decode-teams-activity.js";
import { renderTeamsServerCheck } from "./render-teams-server-check.js";
import type { TeamsConnector } from "./teams-app.js";
import { parseTeamsConversationKey, teamsConversationKey } from "./teams-conversation-key.js";
import { teamsNoteCard } from "./teams-note-card.js";
import type { TeamsServiceUrls } from "./teams-service-urls.js";
import type { TeamsWork, TeamsWorkKind } from "./teams-work.js";

export interface TeamsWorkDeps {
  chat: ChatService;
  /** The Bot Connector REST API at a serviceUrl (teams-app.ts). */
  connector: (serviceUrl: string) => TeamsConnector;
  serviceUrls: TeamsServiceUrls;
  logger: Logger;
}

export const teamsStaleNote =
  "This card belongs to a diagnosis that is no longer running here. Start a new one with @rdp-fix <host>.";

const teamsHelp =
  "Mention me with a host to diagnose Remote Desktop error 0x904 and its family: **@rdp-fix host42** (add " +
  "what you see, e.g. `@rdp-fix host42 0x904 since monday`, or another port with `-p 3390`). In a chat " +
  "with me, `host42 ...` or `diagnose host42` is enough. `@rdp-fix handoff @Name` hands this reply " +
  "chain's diagnosis to a person.";

/** Where a post about an activity goes: its reply chain or chat, keyed by its channel for handoff. */
const channelKeyOf = (where: TeamsPlace) =>
  teamsConversationKey(parseTeamsConversationKey(where.conversation)?.channel ?? where.conversation);
const actorOf = (where: TeamsPlace) => ({
  user: where.user,
  platform: "teams",
  ...(where.channel === undefined ? {} : { channel: where.channel }),
});
/** The post a triage offer answered, kept for "Diagnose it" (its words are read like a command's). */
const triagePostKey = (conversation: string) => `teams-post:${conversation}`;

/** What each queued kind of Teams work does, on whichever replica takes it. */
export function teamsWorkHandlers(deps: TeamsWorkDeps): Map<TeamsWorkKind, JobHandler> {
  const { chat, serviceUrls, logger } = deps;

  /** Posts in the conversation of `where` (the serviceUrl of this very activity is remembered first). */
  const post = async (where: TeamsPlace, activity: TeamsActivity) => {
    const conversation = parseTeamsConversationKey(where.conversation);
    if (!conversation) throw new Error(`not a Teams conversation: ${where.conversation}`);
    await deps.connector(where.serviceUrl).post(conversation.conversationId, activity);
  };
  const say = (where: TeamsPlace, text: string) => post(where, teamsNoteCard(text));

  const start = (where: TeamsPlace, request: { host: string; port?: number; text: string }) =>
    startDiagnosis(chat, where.conversation, [channelKeyOf(where)], { ...request, actor: actorOf(where) });

  const handler = <K extends TeamsWorkKind>(run: (work: TeamsWork[K]) => Promise<void>): JobHandler =>
    workHandler<TeamsWork[K]>(
      logger,
      "Teams",
      async (work) => {
        await serviceUrls.remember(channelKeyOf(work.where), work.where.serviceUrl);
        await run(work);
      },
      (work, sorry) => say(work.where, sorry),
    );

  return new Map<TeamsWorkKind, JobHandler>([
    [
      "teams:command",
      handler<"teams:command">(async ({ where, command }) => {
        if (command.kind === "help") return say(where, teamsHelp);
        if (command.kind === "invalid") return say(where, command.message);
        if (command.kind === "handoff") {
          const to = command.to === undefined ? {} : { to: command.to };
          // In a reply chain that holds a diagnosis, that one; elsewhere the channel's latest.
          if (await chat.hasSession(where.conversation))
            return chat.dispatch(where.conversation, { kind: "handoff", user: where.user, ...to });
          return handOffLatest(
            chat,
            channelKeyOf(where),
            { user: where.user, ...to },
            {
              noDiagnosis: () => say(where, "No diagnosis has run in this channel yet."),
            },
          );
        }
        const problem = findHostInputProblem(command.host);
        if (problem) return say(where, `I cannot use that host: ${problem}.`);
        const port = command.port === undefined ? {} : { port: command.port };
        await start(where, { host: command.host, text: command.text, ...port });
      }),
    ],
    [
      "teams:click",
      handler<"teams:click">(({ where, sessionId, action }) =>
        handleClick(
          chat,
          { sessionId, action, actor: actorOf(where) },
          {
            conversation: where.conversation,
            rememberIn: channelKeyOf(where),
            staleNote: teamsStaleNote,
            // Teams has no message for one person: the note goes to the conversation.
            tellClicker: (note) => say(where, note),
            startFromTriage: async (host) => {
              const text = (await chat.latestIn(triagePostKey(where.conversation))) ?? "";
              await start(where, { host, text });
            },
            checkServer: () => post(where, renderTeamsServerCheck(shippedCollectorOneLiner(), sessionId)),
            pasteReport: () =>
              say(
                where,
                "Press Check the server for the box to paste the report into, or paste it as a reply here.",
              ),
          },
        ),
      ),
    ],
    [
      "teams:server-report",
      handler<"teams:server-report">(async ({ where, text, sessionId }) => {
        const live =
          sessionId === undefined
            ? (await chat.hasSession(where.conversation))
              ? where.conversation
              : undefined
            : await chat
                .clickTarget(sessionId, where.conversation)
                .then((target) => (target.kind === "live" ? target.conversation : undefined));
        await handleServerReport(
          chat,
          { text, actor: actorOf(where) },
          {
            conversation: live,
            rememberIn: channelKeyOf(where),
            // A report line in a chain without a diagnosis is left alone; from a stale card's form, told.
            ...(sessionId === undefined ? {} : { staleNote: teamsStaleNote }),
            tell: (note) => say(where, note),
          },
        );
      }),
    ],
    [
      "teams:triage",
      handler<"teams:triage">(async ({ where, offer, text }) => {
        await chat.rememberLatest(triagePostKey(where.conversation), text.slice(0, 4000));
        await post(where, offer);
      }),
    ],
  ]);
}
