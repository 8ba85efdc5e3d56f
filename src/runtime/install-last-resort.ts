import type { Logger } from "pino";
import { currentJobId } from "./job-scope.js";
import type { CrashSettlement } from "./job-worker.js";

export interface LastResortOptions {
  logger: Logger;
  /** Settles the job an uncaught error came from (its conversation told, never run again). */
  settleCrashedJob(jobId: string, error: unknown): Promise<CrashSettlement>;
  /** An uncaught error no job owns: the process should stop the way SIGTERM stops it, and exit 1. */
  stopAfterUnownedError(error: unknown): void;
}

/**
 * `serve`'s last resort for a bug that escaped every try/catch: an exception thrown from a timer or a
 * socket callback, or a rejection nobody handled. Node would end the process, killing every conversation
 * in flight and, on restart, running the job that did it again.
 *
 * An error raised in a job's scope (job-scope.ts) is that job's: the job is recorded as crashed, its
 * conversation is told, and the process goes on. That is safe because everything a job shares with others
 * lives in the store behind leases and compare-and-set; what it held in memory (sockets, timers, a
 * half-built reply) belongs to it alone and is abandoned with it. Further errors from its leftovers, or
 * from a job that already ended, are only logged. An error outside any job (an adapter, the worker itself) may have broken machinery every
 * conversation shares, so then the process stops cleanly (running jobs finish or are handed back) and exits
 * 1 for its supervisor to restart it.
 */
export function installLastResort(options: LastResortOptions): () => void {
  const { logger } = options;
  let stopping = false;
  const onError = (error: unknown, origin: string) => {
    const jobId = currentJobId();
    if (jobId !== undefined) {
      void options.settleCrashedJob(jobId, error).then(
        (settlement) => {
          // Leftovers of a job already settled or ended: the error is still that job's, and it is over.
          if (settlement !== "settled")
            logger.warn({ err: error, origin, job: jobId }, "uncaught error from a job that is over");
        },
        (settleError: unknown) => {
          logger.fatal({ err: settleError, job: jobId }, "could not settle a crashed job");
          stopOnce(error, origin);
        },
      );
      return;
    }
    stopOnce(error, origin);
  };
  const stopOnce = (error: unknown, origin: string) => {
    logger.fatal({ err: error, origin }, "uncaught error outside any job; stopping cleanly, exit 1");
    if (stopping) return;
    stopping = true;
    options.stopAfterUnownedError(error);
  };
  const onException = (error: Error, origin: string) => onError(error, origin);
  const onRejection = (reason: unknown) => onError(reason, "unhandledRejection");
  process.on("uncaughtException", onException);
  process.on("unhandledRejection", onRejection);
  return () => {
    process.off("uncaughtException", onException);
    process.off("unhandledRejection", onRejection);
  };
}
