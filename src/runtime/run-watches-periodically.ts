import type { Logger } from "pino";
import { runDueWatches, type WatchCheckDeps, type WatchCheckOutcome } from "./run-due-watches.js";

export interface PeriodicWatchOptions extends WatchCheckDeps {
  /** How often to look for due checks; a check is never later than its due time plus this. */
  everyMs: number;
  /** What becomes of each round's outcomes (alerts to chat, refusals to the log). */
  report(outcomes: WatchCheckOutcome[]): Promise<void>;
  logger: Logger;
}

/**
 * `serve`'s share of the watches: every `everyMs` it runs what is due (each check leased in the store, so
 * replicas never run one twice) and reports it. Rounds never overlap: the next waits for the last to end.
 * A round that fails is logged and the next one tries again; a check left leased by a dead process is due
 * again once its lease ends.
 */
export function runWatchesPeriodically(options: PeriodicWatchOptions): { stop(): Promise<void> } {
  const { everyMs, report, logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const once = async () => {
    try {
      await report(await runDueWatches(options));
    } catch (error) {
      logger.warn({ err: error }, "a round of watch checks failed; the next round tries again");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = once().finally(schedule);
    }, everyMs);
    timer.unref();
  };
  round = once().finally(schedule);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
