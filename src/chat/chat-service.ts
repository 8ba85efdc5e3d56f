import type { Logger } from "pino";
import { defaultRdpPort, type InboundEvent } from "../engine/index.js";
import type { Flow } from "../flow/flow-schema.js";
import { type AckPressure, createAckPressure } from "../runtime/ack-pressure.js";
import { createConversationRunner } from "../runtime/conversation-runner.js";
import {
  type CrashSettlement,
  createJobWorker,
  type JobHandler,
  type JobWorker,
} from "../runtime/job-worker.js";
import type { Metrics } from "../runtime/metrics.js";
import type { Send } from "../runtime/outbound.js";
import { platformOfConversation } from "../runtime/platform-of-conversation.js";
import { defaultProbeControl, type ProbeControl } from "../runtime/probe-control-config.js";
import { probeJobKind } from "../runtime/probe-job-payload.js";
import type { TargetCheck } from "../runtime/probe-target-check.js";
import type { RunProbes } from "../runtime/probe-with-progress.js";
import { replicaId as thisReplica } from "../runtime/this-replica.js";
import { defaultWatchSettings, type WatchSettings } from "../runtime/watch-config-section.js";
import type { ClaimedJob } from "../state/job.js";
import type { StateStore } from "../state/state-store.js";
import type { ChatPlatform } from "./chat-platform.js";
import { chatWatches } from "./chat-watches.js";
import type { ReplyDocument } from "./document/reply-document.js";
import { type HoldLeaseOptions, holdLease } from "./hold-lease.js";
import { type FirstMessage, postFirstMessage } from "./post-first-message.js";
import { createProbeGate, type ProbeActor } from "./probe-gate.js";
import { probeJobHandler, settleInterruptedProbe } from "./probe-job-handler.js";
import { startRefusal } from "./start-refusal.js";
import type { ThreadPort } from "./thread-port.js";
import { type ThreadSenderOptions, threadSender } from "./thread-sender.js";

export interface ChatServiceOptions {
  flow: Flow;
  store: StateStore;
  logger: Logger;
  runProbes?: RunProbes;
  replicaId?: string;
  /** Jobs this replica runs at once, probe runs included (default 8). */
  concurrency?: number;
  /** A job's lease (default 15 s): how soon another replica retries the job of one that died. */
  jobLeaseMs?: number;
  jobPollMs?: number;
  lockTtlMs?: number;
  /** Who may probe and how often (defaults: anyone, 10/10m per user, 20/10m per target, 8 at once). */
  probeControl?: ProbeControl;
  /** The probe policy, checked before anyone is asked for consent. */
  checkTarget?: TargetCheck;
  /** Counts diagnoses, probe runs and refusals (the process's one registry); nothing is counted without it. */
  metrics?: Metrics;
  /** How long a command's first message is retried before the person is told (default 2 min). */
  firstMessageBudgetMs?: number;
  /** Tells the job worker when requests are being acknowledged (default: every `enqueue` counts as one). */
  ackPressure?: AckPressure;
  /** The watches' minimum interval and certificate warning (defaults: 5 min, 14 days). */
  watch?: WatchSettings;
}

/** Deliveries are remembered this long for dedupe: platforms retry within seconds to minutes. */
const deliveryTtlMs = 60 * 60 * 1000;
/** Adapter work that cannot start within this long is given up and the user told. */
const workDeadlineMs = 10 * 60 * 1000;
/**
 * A person waits on an empty screen while the first message is retried: after this long, hearing that it
 * failed is worth more than one more try (the reply channel often still works when posting does not).
 */
const defaultFirstMessageBudgetMs = 2 * 60 * 1000;

/** What an adapter's work handler reads of its job besides the payload: the deadline to finish within. */
export type QueuedWork = Pick<ClaimedJob, "deadline">;

export type ClickTarget = { kind: "live"; conversation: string } | { kind: "stale" };

/**
 * What every chat platform shares, over the one state port: the conversation runner, the durable work queue
 * (adapter work and probe runs as jobs any replica takes), delivery dedupe, stale-click checks, the latest
 * diagnosis per channel for handoff, and start-up recovery. Adapters keep decoding, rendering and SDK calls.
 */
export function createChatService(options: ChatServiceOptions) {
  const { flow, store, logger } = options;
  const metrics = options.metrics ? { metrics: options.metrics } : {};
  const replicaId = options.replicaId ?? thisReplica;
  const platforms = new Map<string, ChatPlatform>();
  const handlers = new Map<string, JobHandler>();
  let worker: JobWorker | undefined;
  const ackPressure = options.ackPressure ?? createAckPressure();

  const runner = createConversationRunner({
    flow,
    store,
    logger,
    replicaId,
    onJobsQueued: () => worker?.wake(),
    refuse: startRefusal,
    ...metrics,
    ...(options.lockTtlMs === undefined ? {} : { lockTtlMs: options.lockTtlMs }),
  });

  const senderFor = (conversation: string): Send => {
    const platform = platforms.get(platformOfConversation(conversation));
    if (!platform) throw new Error(`no chat platform runs conversation ${conversation}`);
    return platform.senderFor(conversation);
  };

  const gate = createProbeGate({
    store,
    control: options.probeControl ?? defaultProbeControl,
    ...(options.checkTarget ? { checkTarget: options.checkTarget } : {}),
    ...metrics,
    permissionRule: (platform) => platforms.get(platform)?.probePermission,
  });

  /**
   * The gate before the engine: a start that may not probe goes on without the consent prompt (the thread
   * is told why); a Probe now or a re-check that the gate refuses is not applied (the thread is told which
   * limit, and the buttons stay for later or for someone else).
   */
  const screened = async (
    conversation: string,
    event: InboundEvent,
    actor: ProbeActor,
    send: Send,
  ): Promise<InboundEvent | undefined> => {
    if (event.kind === "start" && event.probing) {
      // A start the runner will refuse (a diagnosis lives here) is not screened: no gate notice for it. An
      // unreadable session is the runner's to report, so here it counts as none.
      const current = await store.loadSession(conversation).catch(() => undefined);
      if (startRefusal(event, current)) return event;
      const target = { host: event.host, port: event.port ?? defaultRdpPort, conversation };
      const verdict = await gate.beforeConsent(actor, target);
      if (verdict.ok) return event;
      await send({ kind: "notice", text: verdict.message }, {});
      return { ...event, probing: false, probingRefused: verdict.message };
    }
    // A re-check probes again: the same gate as Probe now (who, the policy, the limits), for the clicker.
    const probesNow = (event.kind === "consent" && event.allow) || event.kind === "recheck";
    if (probesNow) {
      const session = await store.loadSession(conversation);
      const waitsFor = event.kind === "recheck" ? "diagnosed" : "awaiting-consent";
      if (session?.status !== waitsFor) return event;
      const verdict = await gate.beforeRun(actor, { host: session.host, port: session.port, conversation });
      if (verdict.ok) return event;
      await send({ kind: "notice", text: verdict.message }, { sessionId: session.id });
      return undefined;
    }
    return event;
  };

  handlers.set(
    probeJobKind,
    probeJobHandler({ store, runner, runProbes: options.runProbes, senderFor, logger, ...metrics }),
  );

  return {
    replicaId,
    /** Watches set and listed from chat (chat-watches.ts). */
    watches: chatWatches(store, gate, options.watch ?? defaultWatchSettings),
    /** The shared sender for one conversation (thread-sender.ts); lost-message marks live in the store. */
    senderOn<M>(port: ThreadPort<M>, options: Omit<ThreadSenderOptions<M>, "port" | "undelivered">): Send {
      return threadSender({ ...options, port, undelivered: store });
    },
    /** A lease this replica holds against the others (e.g. the one gateway connection a platform allows). */
    holdLease: (lease: Omit<HoldLeaseOptions, "store" | "holder">) =>
      holdLease({ ...lease, store, holder: replicaId }),
    registerPlatform(platform: ChatPlatform): void {
      if (platforms.has(platform.name))
        throw new Error(`a chat platform named ${platform.name} is registered already`);
      platforms.set(platform.name, platform);
    },
    /** Registers what a kind of adapter work does; before `start`. */
    handle(kind: string, handler: JobHandler): void {
      handlers.set(kind, handler);
    },
    /**
     * Queues adapter work in the store (so an ack is never lost to a restart) and starts it here if free;
     * unless one of `deliveryKeys` was seen within the hour (the platform sent it again): then false. The
     * keys and the job are one write, the only one on an adapter's ack path.
     */
    async enqueue(kind: string, payload: unknown, deliveryKeys: readonly string[] = []): Promise<boolean> {
      const job = { kind, payload, deadline: Date.now() + workDeadlineMs };
      const queued = await store.enqueueFirstDelivery(job, deliveryKeys, deliveryTtlMs);
      // Every adapter enqueues on its ack path: more requests may follow, and their acks go before the work.
      ackPressure.acked();
      // On a later turn: the listener acknowledges first, then this replica takes the job.
      if (queued !== undefined) setImmediate(() => worker?.wake());
      return queued !== undefined;
    },
    /** Steps a conversation with an event; with the person behind it, probing goes through the gate. */
    async dispatch(conversation: string, event: InboundEvent, actor?: ProbeActor): Promise<void> {
      const send = senderFor(conversation);
      const allowed = actor ? await screened(conversation, event, actor, send) : event;
      if (allowed) await runner.dispatch(conversation, allowed, send);
    },
    senderFor,
    /** A document outside any diagnosis (a watch alert) in a conversation; false when it could not be posted. */
    async postDocument(conversation: string, document: ReplyDocument): Promise<boolean> {
      const platform = platforms.get(platformOfConversation(conversation));
      return (await platform?.postDocument?.(conversation, document)) ?? false;
    },
    /**
     * The first message of a command's conversation, retried with backoff within the job's deadline; when it
     * cannot be posted, the person is told through the command's reply channel and undefined comes back.
     */
    postFirstMessage<T>(
      job: QueuedWork,
      first: FirstMessage<T>,
      onRetry?: () => void,
    ): Promise<T | undefined> {
      const budgetMs = options.firstMessageBudgetMs ?? defaultFirstMessageBudgetMs;
      const pacing = { until: Date.now() + budgetMs, deadline: job.deadline, logger };
      return postFirstMessage(first, { ...pacing, ...(onRetry ? { onRetry } : {}) });
    },
    /** True the first time a delivery key is seen on any replica within the hour. */
    firstDelivery(key: string): Promise<boolean> {
      return store.firstSighting(key, deliveryTtlMs);
    },
    /**
     * Where a click goes: the conversation whose current session it belongs to, or stale when that session
     * was replaced or is unknown. Slack knows the thread from the click; Discord only the session id.
     */
    async clickTarget(sessionId: string, conversation?: string): Promise<ClickTarget> {
      const home = conversation ?? (await store.loadSessionById(sessionId))?.conversation;
      if (home === undefined) return { kind: "stale" };
      const current = await store.loadSession(home);
      return current?.id === sessionId ? { kind: "live", conversation: home } : { kind: "stale" };
    },
    /** Whether a diagnosis lives in this conversation (a thread), finished or not. */
    async hasSession(conversation: string): Promise<boolean> {
      return (await store.loadSession(conversation)) !== undefined;
    },
    rememberLatest(channel: string, conversation: string): Promise<void> {
      return store.setLatestInChannel(channel, conversation);
    },
    latestIn(channel: string): Promise<string | undefined> {
      return store.latestInChannel(channel);
    },
    /**
     * Settles sessions stuck in `probing` without a job (their run was lost), then starts taking jobs:
     * a probe job whose holder died comes back through the worker, with one more attempt.
     */
    async start(): Promise<void> {
      for (const session of await store.strandedProbingSessions()) {
        if (!platforms.has(platformOfConversation(session.conversation))) continue;
        logger.warn({ conversation: session.conversation }, "settling a probe run that was lost");
        await settleInterruptedProbe(
          { runner, senderFor, ...metrics },
          session.conversation,
          session.id,
          session.host,
          "the bot restarted while probing",
        );
      }
      worker = createJobWorker({
        store,
        replicaId,
        handlers,
        logger,
        ackPressure,
        ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
        ...(options.jobLeaseMs === undefined ? {} : { leaseMs: options.jobLeaseMs }),
        ...(options.jobPollMs === undefined ? {} : { pollMs: options.jobPollMs }),
      });
      worker.start();
    },
    /** Takes no new work; waits for running jobs (up to `graceMs`) and hands the rest back. */
    async stop(graceMs?: number): Promise<void> {
      await worker?.stop(graceMs);
    },
    /** The last resort's way in: an uncaught error in a job's scope settles that job (see job-worker). */
    settleCrashedJob(jobId: string, error: unknown): Promise<CrashSettlement> {
      return worker ? worker.settleCrashed(jobId, error) : Promise.resolve("not-running");
    },
    get runningJobs(): number {
      return worker?.running ?? 0;
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
