import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { type Effect, type InboundEvent, type Reply, type Session, step } from "../engine/index.js";
import type { Flow } from "../flow/flow-schema.js";
import type { NewJob } from "../state/job.js";
import { StateError } from "../state/state-error.js";
import type { StateStore } from "../state/state-store.js";
import { sessionLogger } from "./create-logger.js";
import { leasedLock } from "./leased-lock.js";
import type { Metrics } from "./metrics.js";
import type { Send } from "./outbound.js";
import { platformOfConversation } from "./platform-of-conversation.js";
import { probeFinishedEntry } from "./probe-finished-entry.js";
import { defaultProbeJobDeadlineMs, type ProbeJobPayload, probeJobKind } from "./probe-job-payload.js";
import { probeWithProgress, type RunProbes } from "./probe-with-progress.js";
import { reconcileFlowVersion } from "./reconcile-flow-version.js";
import { summarizeUserText } from "./summarize-user-text.js";
import { replicaId as defaultReplicaId } from "./this-replica.js";

export type { RunProbes } from "./probe-with-progress.js";

export interface ConversationRunnerOptions {
  flow: Flow;
  store: StateStore;
  logger?: Logger;
  clock?: () => Date;
  newId?: () => string;
  /** Names this process in the conversation leases it takes. */
  replicaId?: string;
  /**
   * The terminal runs probes right here and waits for them. Chat bots leave this out: a probe run becomes a
   * job in the store, saved with the session, that any replica takes (and takes again if its holder dies).
   */
  runProbesInline?: RunProbes;
  probeJobDeadlineMs?: number;
  /** Called after a save queued jobs, so this process's worker starts them without waiting for its poll. */
  onJobsQueued?: () => void;
  lockTtlMs?: number;
  metrics?: Metrics;
  /**
   * The chat layer's rules above the engine: an event it refuses in the conversation's current state is
   * answered with this reply and not stepped. Asked under the conversation's lease, so two events racing
   * (a double click) are judged one after the other.
   */
  refuse?: (event: InboundEvent, current: Session | undefined) => Reply | undefined;
}

export interface ConversationRunner {
  /** Steps the conversation with one event under its lease, saves it, sends the replies, queues effects. */
  dispatch(conversation: string, event: InboundEvent, send: Send): Promise<void>;
}

const maxAttempts = 5;

/**
 * Glue between adapters and the pure engine: loads the session, steps it under a per-conversation lease
 * that holds across replicas, saves it with compare-and-set (on a conflict: reload and step the same event
 * again, never drop it), sends the replies, and hands effects on.
 */
export function createConversationRunner(options: ConversationRunnerOptions): ConversationRunner {
  const { flow, store, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const lock = leasedLock({
    store,
    replicaId: options.replicaId ?? defaultReplicaId,
    ...(options.lockTtlMs === undefined ? {} : { ttlMs: options.lockTtlMs }),
  });

  const dispatch = async (conversation: string, event: InboundEvent, send: Send): Promise<void> => {
    const effects = await lock.run(conversation, () => stepAndSave(conversation, event, send));
    if (!options.runProbesInline) return;
    for (const effect of effects) {
      if (effect.kind === "run-probes")
        await probeInline(conversation, effect, send, options.runProbesInline);
    }
  };

  const stepAndSave = async (conversation: string, event: InboundEvent, send: Send): Promise<Effect[]> => {
    for (let attempt = 1; ; attempt++) {
      const loaded = await loadChecked(conversation);
      if (loaded.kind === "unreadable") {
        await send(loaded.notice, {});
        return [];
      }
      const { before, notices } = loaded;
      const refusal = options.refuse?.(event, before.session);
      if (refusal) {
        const context = before.session ? { sessionId: before.session.id } : {};
        for (const reply of [...notices, refusal]) await send(reply, context);
        return [];
      }
      const result = step(flow, before.session, event, { now: clock().toISOString(), newId });
      const changed = result.session !== undefined && result.session !== before.session;
      if (changed && result.session) {
        const jobs = options.runProbesInline ? [] : probeJobs(conversation, result.effects);
        if (!(await store.saveSession(result.session, before.version, jobs))) {
          if (attempt >= maxAttempts)
            throw new StateError(
              "STATE_LOCK_TIMEOUT",
              `The session of ${conversation} kept changing under ${maxAttempts} attempts to apply ${event.kind}.`,
            );
          logger?.warn(
            { conversation, event: event.kind, attempt },
            "session changed concurrently; re-applying",
          );
          continue;
        }
        if (jobs.length > 0) options.onJobsQueued?.();
      }
      logStep(conversation, event, result.session);
      count(event, before.session, result.session, result.replies);
      await recordOutcomes(conversation, result.session, result.effects, event);
      const context = result.session ? { sessionId: result.session.id } : {};
      for (const reply of [...notices, ...result.replies]) await send(reply, context);
      return result.effects;
    }
  };

  /** The current session, checked against the flow it started on; closed if the flow moved past it. */
  const loadChecked = async (conversation: string) => {
    let session: Session | undefined;
    try {
      session = await store.loadSession(conversation);
    } catch (error) {
      if (!(error instanceof StateError) || error.code !== "STATE_SESSION_INVALID") throw error;
      logger?.error({ err: error, conversation }, "stored session unreadable");
      const notice: Reply = {
        kind: "notice",
        text: "The saved state of this diagnosis cannot be read, so it cannot go on.",
        restart: { kind: "start-new" },
      };
      return { kind: "unreadable" as const, notice };
    }
    const notices: Reply[] = [];
    const before = { session, version: session?.version };
    if (!session) return { kind: "ok" as const, before, notices };
    const verdict = reconcileFlowVersion(flow, session);
    if (verdict.kind === "continue") {
      before.session = verdict.session;
      notices.push({ kind: "notice", text: verdict.notice });
    } else if (verdict.kind === "close" && session.status !== "cancelled") {
      const closed: Session = { ...session, status: "cancelled", version: session.version + 1 };
      const current = (await store.saveSession(closed, session.version)) ? closed : session;
      before.session = current;
      before.version = current.version;
      notices.push({ kind: "notice", text: verdict.notice, restart: verdict.restart });
    }
    return { kind: "ok" as const, before, notices };
  };

  const probeJobs = (conversation: string, effects: readonly Effect[]): NewJob[] =>
    effects.flatMap((effect) => {
      if (effect.kind !== "run-probes") return [];
      const payload: ProbeJobPayload = { ...effect, conversation };
      const deadline = clock().getTime() + (options.probeJobDeadlineMs ?? defaultProbeJobDeadlineMs);
      return [{ kind: probeJobKind, payload, sessionId: effect.sessionId, conversation, deadline }];
    });

  const recordOutcomes = async (
    conversation: string,
    session: Session | undefined,
    effects: readonly Effect[],
    event: InboundEvent,
  ) => {
    for (const effect of effects) {
      if (effect.kind !== "record-outcome" || !session) continue;
      const by = "user" in event ? event.user : "unknown";
      const { sessionId, causeId, fixId, solved } = effect;
      const outcome = { sessionId, conversation, flowId: session.flowId, causeId, fixId, solved, by };
      await store.recordFixOutcome({ ...outcome, at: clock().toISOString() });
      logger?.info({ audit: "fix-outcome", ...outcome }, "fix outcome recorded");
    }
  };

  /** A start that made a new session, and the step that took a session to its first diagnosis. */
  const count = (
    event: InboundEvent,
    before: Session | undefined,
    after: Session | undefined,
    replies: readonly Reply[],
  ) => {
    const { metrics } = options;
    if (!metrics || !after || after === before) return;
    const fresh = after.id !== before?.id;
    if (event.kind === "start" && fresh) metrics.diagnosisStarted();
    if (!fresh && before?.status === "diagnosed") return;
    for (const reply of replies) if (reply.kind === "diagnosis") metrics.diagnosisFinished(reply.reason);
  };

  const logStep = (conversation: string, event: InboundEvent, session: Session | undefined) => {
    if (!logger || !session) return;
    const log = sessionLogger(logger, {
      sessionId: session.id,
      conversation,
      platform: platformOfConversation(conversation),
    });
    // What the user typed may hold anything, pasted secrets included: it is logged cut short, if at all.
    const said = event.kind === "start" ? { host: event.host, text: summarizeUserText(event.text) } : {};
    log.info({ event: event.kind, ...said, status: session.status, version: session.version }, "step");
  };

  const probeInline = async (
    conversation: string,
    effect: Extract<Effect, { kind: "run-probes" }>,
    send: Send,
    runProbes: RunProbes,
  ) => {
    const context = { sessionId: effect.sessionId };
    const audit = { audit: "probe", conversation, ...effect };
    logger?.info(audit, "probe run starting");
    const startedAt = clock();
    const result = await probeWithProgress(runProbes, effect, (m) => send(m, context), logger);
    logger?.info(
      { ...audit, outcome: result.summary, findings: result.findings.map((f) => f.id) },
      "probe run finished",
    );
    // The terminal's runs join the audit trail too: `rdp-fix audit` answers for every probe from this store.
    const durationMs = clock().getTime() - startedAt.getTime();
    await store.appendAudit(probeFinishedEntry({ ...effect, conversation }, startedAt, durationMs, result));
    await dispatch(
      conversation,
      { kind: "probes-finished", findings: result.findings, facts: result.facts, summary: result.summary },
      send,
    );
  };

  return { dispatch };
}
