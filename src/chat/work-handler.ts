import type { Logger } from "pino";
import type { JobHandler } from "../runtime/job-worker.js";
import type { QueuedWork } from "./chat-service.js";

/** What a person hears when their queued work ran out of attempts or time. */
export const gaveUpNote = "Sorry, I could not finish handling that in time. Please try again.";

/**
 * A queued kind of chat work: `run` on whichever replica takes it; when it is given up, the log says so
 * (`label` names the platform, e.g. "Slack work given up") and `tell` gives the person the "gave up" note
 * where the work knows how to reach them.
 */
export function workHandler<W>(
  logger: Logger,
  label: string,
  run: (work: W, job: QueuedWork) => Promise<void>,
  tell?: (work: W, note: string) => Promise<void>,
): JobHandler {
  return {
    run: (job) => run(job.payload as W, job),
    giveUp: async (job, reason) => {
      logger.warn({ kind: job.kind, reason }, `${label} work given up`);
      await tell?.(job.payload as W, gaveUpNote);
    },
  };
}
