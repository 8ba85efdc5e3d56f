import type { Logger } from "pino";
import type { InboundEvent } from "../engine/index.js";
import type { JobHandler } from "../runtime/job-worker.js";
import type { Metrics } from "../runtime/metrics.js";
import { shippedCollector } from "../server-report/collector-script.js";
import type { ChatCommand } from "./chat-command.js";
import type { ChatPort, ConversationHome } from "./chat-port.js";
import type { ChatService, QueuedWork } from "./chat-service.js";
import type { ChatWork, ChatWorkKind } from "./chat-work.js";
import { diagnosisHeadline } from "./document/diagnosis-headline.js";
import { presentServerCheck } from "./document/present-server-check.js";
import { presentTriageOffer } from "./document/present-triage-offer.js";
import { proseDocument } from "./document/prose.js";
import { handOffLatest } from "./hand-off-latest.js";
import { handleClick } from "./handle-click.js";
import { handleServerReport } from "./handle-server-report.js";
import { staleClickNote } from "./stale-click-note.js";
import { type StartRequest as DiagnosisRequest, startDiagnosis } from "./start-diagnosis.js";
import { handleWatchCommand, type WatchCommandContext } from "./watch-command-handler.js";
import { workHandler } from "./work-handler.js";

export interface ChatWorkDeps {
  chat: ChatService;
  logger: Logger;
  /** Counts the retries of a command's first message. */
  metrics?: Metrics | undefined;
}

type Work<P, M, K extends ChatWorkKind> = P & ChatWork<M>[K];

/**
 * What every kind of queued chat work does, written once for all platforms against the platform's port, and
 * registered under the platform's kinds (`slack:command`, `discord:click` ...) on whichever replica runs.
 */
export function registerChatWork<P extends object, M>(port: ChatPort<P, M>, deps: ChatWorkDeps): void {
  const { chat, logger, metrics } = deps;
  const stale = staleClickNote(port.presenter.commandSyntax);
  /** A note nobody may miss the work for: one that cannot be sent is only logged. */
  const answer = (work: P, text: string) =>
    port
      .answerCommand(work, text)
      .call()
      .catch((error: unknown) => logger.warn({ err: error }, "could not answer the command"));

  const start = (home: ConversationHome, work: P & { user: string }, request: StartRequest) =>
    startDiagnosis(chat, home.conversation, home.channels, { ...request, actor: port.actor(work) });

  const handOff = (work: Work<P, M, "handoff">) =>
    handOffLatest(
      chat,
      port.channelKey(work),
      { user: work.user, to: work.to },
      {
        noDiagnosis: () => answer(work, "No diagnosis has run in this channel yet."),
        announce: async (conversation) => port.announceHandoff?.(work, conversation),
      },
    );

  /** The message a command's conversation hangs off, and the conversation under it; undefined when lost. */
  const openHome = async (work: Work<P, M, "command">, job: QueuedWork, host: string, headline: string) => {
    const root = await chat.postFirstMessage(
      job,
      {
        host,
        post: port.postRoot(work, headline),
        tell: (note) => port.answerCommand(work, note),
      },
      () => metrics?.chatApiRetry(port.name),
    );
    if (root !== undefined) return port.openConversation(work, root, host);
    await port.onRootLost?.();
    return undefined;
  };

  /** Watch commands; a watch set from here reports to `home`, or to a thread the command opens. */
  const watchCommand = (
    request: WatchChatCommand,
    work: P & { user: string },
    open: WatchCommandContext["openHome"],
  ) =>
    handleWatchCommand(request, {
      watches: chat.watches,
      actor: port.actor(work),
      answer: (text) => answer(work, text),
      openHome: open,
      confirm: async (conversation, words) => {
        await chat.postDocument(conversation, proseDocument(words));
      },
    });

  const command = async (work: Work<P, M, "command">, job: QueuedWork) => {
    const request: ChatCommand = work.request ?? legacyStart(work);
    if (request.kind === "help") return answer(work, port.helpText);
    if (request.kind === "invalid") return answer(work, request.message);
    if (request.kind === "handoff") return handOff({ ...work, ...(request.to ? { to: request.to } : {}) });
    if (request.kind !== "start")
      return watchCommand(request, work, async (headline) => {
        const home = await openHome(work, job, "host" in request ? request.host : "", headline);
        return home?.conversation;
      });
    const home = await openHome(work, job, request.host, diagnosisHeadline(request.host));
    if (home) await start(home, work, request);
  };

  const click = (work: Work<P, M, "click">) => {
    const home = port.threadOf(work);
    return handleClick(
      chat,
      { sessionId: work.sessionId, action: work.action, actor: port.actor(work) },
      {
        ...(home ? { conversation: home.conversation, rememberIn: port.channelKey(work) } : {}),
        staleNote: stale,
        tellClicker: (note) => port.tellPrivately(work, note),
        startFromTriage: async (host) => {
          // The post the offer answered is the person's own words: read like a command's text.
          const text = await port.readStarterText(work);
          const home = port.triageHome(work);
          // Under a watch's alert, the diagnosis starts on the watch's port with what its last check saw.
          const watched = await chat.watches.lastSeen(home, host);
          await start(home, work, { host, text, ...watched });
        },
        checkServer: () => port.sendCollector(work, presentServerCheck(shippedCollector()), work.sessionId),
        pasteReport: async () => {
          if (port.pasteReportPrompt !== undefined) await port.say(work, port.pasteReportPrompt);
        },
      },
    );
  };

  const mention = async (work: Work<P, M, "mention">) => {
    const home = port.threadOf(work);
    if (home === undefined || port.readCommand === undefined) return;
    const request = port.readCommand(work.text);
    if (request.kind === "start") return start(home, work, request);
    if (request.kind === "watch" || request.kind === "watch-list" || request.kind === "unwatch")
      return watchCommand(request, work, async () => home.conversation);
    if (request.kind !== "handoff") return port.say(work, port.helpText);
    const event: InboundEvent = {
      kind: "handoff",
      user: work.user,
      ...(request.to ? { to: request.to } : {}),
    };
    await chat.rememberLatest(port.channelKey(work), home.conversation);
    await chat.dispatch(home.conversation, event, port.actor(work));
  };

  const serverReport = async (work: Work<P, M, "server-report">) => {
    // A form names its diagnosis; a reply in a thread is read only where the thread holds one.
    const bySession = work.sessionId === undefined ? undefined : await chat.clickTarget(work.sessionId);
    const home = port.threadOf(work);
    const inThread = home && (await chat.hasSession(home.conversation)) ? home.conversation : undefined;
    await handleServerReport(
      chat,
      { text: port.reportText?.(work.text) ?? work.text, actor: port.actor(work) },
      {
        conversation: bySession?.kind === "live" ? bySession.conversation : inThread,
        ...(bySession ? { staleNote: stale } : { rememberIn: port.channelKey(work) }),
        tell: (note) => port.say(work, note),
      },
    );
  };

  const triage = async (work: Work<P, M, "triage">) => {
    const offer =
      work.offer ?? port.render(presentTriageOffer(work.matched ?? [], work.host, port.presenter));
    await port.postOffer(work, offer);
  };

  const label = port.name.charAt(0).toUpperCase() + port.name.slice(1);
  const kind = <K extends ChatWorkKind>(
    name: K,
    run: (work: Work<P, M, K>, job: QueuedWork) => Promise<void>,
    tell?: (work: Work<P, M, K>, note: string) => Promise<void>,
  ) => chat.handle(`${port.name}:${name}`, workHandler(logger, label, run, tell) as JobHandler);
  const say = (work: P, note: string) => port.say(work, note);
  kind("command", command, (work, note) => answer(work, note));
  kind("handoff", handOff);
  kind("click", click, say);
  kind("mention", mention, say);
  kind("server-report", serverReport, say);
  kind("triage", triage);
}

type StartRequest = Omit<DiagnosisRequest, "actor">;
type WatchChatCommand = Extract<ChatCommand, { kind: "watch" | "watch-list" | "unwatch" }>;

/** A command queued before `request` was kept: a start, its fields at the top. */
function legacyStart(work: ChatWork<unknown>["command"]): ChatCommand {
  const port = work.port === undefined ? {} : { port: work.port };
  return { kind: "start", host: work.host ?? "", text: work.text ?? "", ...port };
}
