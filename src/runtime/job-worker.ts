import type { Logger } from "pino";
import { errorReason } from "../errors/error-reason.js";
import type { ClaimedJob } from "../state/job.js";
import type { StateStore } from "../state/state-store.js";
import type { AckPressure } from "./ack-pressure.js";
import { runInJobScope, runOutsideJobScope } from "./job-scope.js";

/**
 * Why a job is given up instead of run: its holder died twice, it waited past its deadline, it threw, or
 * its code failed with an error that escaped to the process (crashed: a poison job, never run again).
 */
export type GiveUpReason = "interrupted" | "deadline" | "failed" | "crashed";

/** What the last resort made of an uncaught error in a job's scope. */
export type CrashSettlement = "settled" | "already-settled" | "not-running";

interface RunningJob {
  job: ClaimedJob;
  handler: JobHandler;
  renew: NodeJS.Timeout;
  /** Settled as crashed: whatever its run does later is ignored. */
  abandoned: boolean;
}

export interface JobHandler {
  run(job: ClaimedJob): Promise<void>;
  /** Settles a job that will not run (again): tells the conversation, so nobody waits for ever. */
  giveUp(job: ClaimedJob, reason: GiveUpReason): Promise<void>;
}

export interface JobWorkerOptions {
  store: StateStore;
  replicaId: string;
  handlers: ReadonlyMap<string, JobHandler>;
  logger: Logger;
  /** Jobs this process runs at once (probe runs included); the rest wait in the store. */
  concurrency?: number;
  /** A job's lease: how long after its holder died another replica may take it. Renewed at a third of it. */
  leaseMs?: number;
  /** How often an idle worker looks for jobs other replicas queued (its own wake it at once). */
  pollMs?: number;
  /** Takes of one job, the first included: 2 = retried once after its holder died. */
  maxAttempts?: number;
  clock?: () => number;
  /** Requests being acknowledged on this loop: while they arrive, no new job starts (for up to `maxHoldMs`). */
  ackPressure?: AckPressure;
  /** The longest stretch jobs are held back for acks (default 1 s); a steadier stream then shares the loop. */
  maxHoldMs?: number;
}

/**
 * Runs the store's jobs on this replica: claims one whenever a slot is free, renews its lease while it
 * runs, and finishes it. A job whose holder died comes back with one more attempt; past `maxAttempts` or its
 * deadline it is given up through its handler. `stop` takes no new job, waits for the running ones for a
 * grace period, and hands the rest back to the store for another replica.
 */
export function createJobWorker(options: JobWorkerOptions) {
  const { store, replicaId, handlers, logger } = options;
  const concurrency = options.concurrency ?? 8;
  const leaseMs = options.leaseMs ?? 15_000;
  const pollMs = options.pollMs ?? 500;
  const maxAttempts = options.maxAttempts ?? 2;
  const clock = options.clock ?? Date.now;
  const maxHoldMs = options.maxHoldMs ?? 1000;
  const kinds = [...handlers.keys()];
  const running = new Map<string, Promise<void>>();
  const runs = new Map<string, RunningJob>();
  /** Jobs settled as crashed; later errors from their leftover callbacks are only logged. */
  const crashed = new Set<string>();
  let stopping = false;
  let claiming = false;
  /** A wake that came while a claim was in flight: that claim may have looked before the job was queued. */
  let wokenWhileClaiming = false;
  let timer: NodeJS.Timeout | undefined;
  /** When the current hold for acks began; undefined while no requests arrive. */
  let holdingSince: number | undefined;

  /**
   * How long to wait before starting a job: while requests are being acknowledged, until they stop, so a
   * burst of commands is acked before their work takes the loop (a running job's synchronous stretches, the
   * engine step, SQLite writes and Web API calls, were the ack tail). Never longer than `maxHoldMs` at once.
   */
  const holdForMs = (): number => {
    const busyMs = options.ackPressure?.busyForMs() ?? 0;
    if (busyMs === 0) {
      holdingSince = undefined;
      return 0;
    }
    const now = clock();
    holdingSince ??= now;
    const left = holdingSince + maxHoldMs - now;
    return left > 0 ? Math.min(busyMs, left) : 0;
  };

  const schedule = (delayMs: number) => {
    if (stopping) return;
    clearTimeout(timer);
    timer = setTimeout(() => void fill(), delayMs);
    timer.unref();
  };

  /** Claims jobs until the slots are full or the store has none; then waits for a wake or the next poll. */
  const fill = async (): Promise<void> => {
    if (stopping) return;
    if (claiming) {
      wokenWhileClaiming = true;
      return;
    }
    claiming = true;
    let holdMs = 0;
    try {
      while (!stopping && running.size < concurrency) {
        holdMs = holdForMs();
        if (holdMs > 0) break;
        // One turn of the event loop before each take: requests read meanwhile are acknowledged first.
        await new Promise((resolve) => setImmediate(resolve));
        if (stopping) break;
        wokenWhileClaiming = false;
        const job = await store.claimJob(replicaId, kinds, leaseMs);
        if (!job && !wokenWhileClaiming) break;
        if (!job) continue;
        const done = runInJobScope(job.id, () => execute(job)).finally(() => {
          running.delete(job.id);
          void fill();
        });
        running.set(job.id, done);
      }
    } catch (error) {
      logger.error({ err: error }, "could not take jobs from the store; trying again shortly");
    } finally {
      claiming = false;
    }
    // Held back for acks: look again as soon as they stop arriving, not at the next poll.
    schedule(holdMs > 0 ? holdMs : pollMs);
  };

  const execute = async (job: ClaimedJob): Promise<void> => {
    const handler = handlers.get(job.kind);
    if (!handler) return;
    const log = logger.child({ job: job.id, kind: job.kind, attempts: job.attempts });
    const renew = setInterval(() => {
      store.extendJob(job.id, replicaId, leaseMs).then(
        (held) => held || log.warn("lost the lease on a running job; another replica may take it"),
        (error: unknown) => log.warn({ err: error }, "could not renew a job lease"),
      );
    }, leaseMs / 3);
    renew.unref();
    const entry: RunningJob = { job, handler, renew, abandoned: false };
    runs.set(job.id, entry);
    try {
      const reason: GiveUpReason | undefined =
        job.crashed !== undefined
          ? "crashed"
          : job.attempts > maxAttempts
            ? "interrupted"
            : clock() > job.deadline
              ? "deadline"
              : undefined;
      if (reason) {
        log.warn({ reason, ...(job.crashed ? { crashed: job.crashed } : {}) }, "giving a job up");
        await handler.giveUp(job, reason);
        await store.finishJob(job.id, replicaId, "settled");
        return;
      }
      await handler.run(job);
      if (entry.abandoned) return;
      await store.finishJob(job.id, replicaId, "done");
      log.debug("job done");
    } catch (error) {
      if (entry.abandoned) return;
      if (stopping && !(await isStillHeld(job))) return;
      log.error({ err: error }, "job failed; settling it");
      await settleAfterFailure(job, handler, log);
    } finally {
      clearInterval(renew);
      runs.delete(job.id);
    }
  };

  /**
   * The last resort for a job whose code failed with an error nobody caught (a timer that threw, a
   * rejection nobody handled). The crash is recorded in the store first, so a process that dies anyway is
   * followed by a settle, not by a second run; then the conversation is told and the job settled. Its run
   * is abandoned: its slot is freed at once, and whatever it does later changes nothing in the store.
   */
  const settleCrashed = async (jobId: string, error: unknown): Promise<CrashSettlement> => {
    if (crashed.has(jobId)) return "already-settled";
    const entry = runs.get(jobId);
    if (!entry || entry.abandoned) return "not-running";
    entry.abandoned = true;
    crashed.add(jobId);
    clearInterval(entry.renew);
    runs.delete(jobId);
    running.delete(jobId);
    const { job, handler } = entry;
    const log = logger.child({ job: job.id, kind: job.kind, attempts: job.attempts });
    log.error({ err: error }, "job crashed with an uncaught error; settling it, not running it again");
    await runOutsideJobScope(async () => {
      const reason = errorReason(error, 500);
      const marked = await store.markJobCrashed(job.id, replicaId, reason).catch((markError: unknown) => {
        log.error({ err: markError }, "could not record the crash in the store");
        return false;
      });
      log.info({ marked }, "crash recorded; telling the conversation");
      try {
        await handler.giveUp(job, "crashed");
        await store.finishJob(job.id, replicaId, "settled");
      } catch (giveUpError) {
        // Marked and no longer renewed: when the lease runs out, a replica (this one included) takes it
        // and settles it from the mark; unmarked, it would be retried like a job whose holder died.
        log.error({ err: giveUpError, marked }, "could not tell the conversation that a job crashed");
      }
      void fill();
    });
    return "settled";
  };

  const isStillHeld = (job: ClaimedJob) => store.extendJob(job.id, replicaId, leaseMs).catch(() => false);

  const settleAfterFailure = async (job: ClaimedJob, handler: JobHandler, log: Logger) => {
    try {
      await handler.giveUp(job, "failed");
    } catch (error) {
      log.error({ err: error }, "could not tell the conversation that a job failed");
    }
    await store.finishJob(job.id, replicaId, "settled").catch(() => undefined);
  };

  return {
    settleCrashed,
    start(): void {
      stopping = false;
      void fill();
    },
    /** Something was queued: look now instead of at the next poll. */
    wake(): void {
      void fill();
    },
    get running(): number {
      return running.size;
    },
    /** Takes no new job; waits up to `graceMs` for running ones, then hands the rest back. */
    async stop(graceMs = 10_000): Promise<void> {
      stopping = true;
      clearTimeout(timer);
      const all = Promise.allSettled([...running.values()]);
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<"late">((resolve) => {
        graceTimer = setTimeout(() => resolve("late"), graceMs);
      });
      const outcome = await Promise.race([all.then(() => "done" as const), grace]);
      clearTimeout(graceTimer);
      if (outcome === "late") {
        for (const id of running.keys()) await store.releaseJob(id, replicaId).catch(() => undefined);
        logger.warn(
          { handedBack: running.size },
          "stopped with jobs still running; handed back to the store",
        );
      }
    },
  };
}

export type JobWorker = ReturnType<typeof createJobWorker>;
