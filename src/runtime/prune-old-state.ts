import type { Logger } from "pino";
import type { StateStore } from "../state/state-store.js";

const day = 24 * 60 * 60 * 1000;

/**
 * Retention, at start-up and once a day: audit entries older than RDP_FIX_AUDIT_DAYS, and finished jobs,
 * expired dedupe keys and rate-limit uses older than a day or the longest rate window, whichever is longer
 * (nothing reads them again). Every replica may do it; deleting what another already deleted is harmless.
 */
export function pruneOldState(
  store: StateStore,
  keep: { auditDays: number; longestRateWindowMs: number },
  logger: Logger,
  now: () => number = Date.now,
) {
  const { auditDays } = keep;
  const prune = async () => {
    const auditBefore = new Date(now() - auditDays * day).toISOString();
    try {
      const audit = await store.pruneAudit(auditBefore);
      const jobs = await store.pruneFinished(now() - Math.max(day, keep.longestRateWindowMs));
      if (audit + jobs > 0) logger.info({ audit, jobs, auditBefore }, "old state dropped");
    } catch (error) {
      logger.warn({ err: error }, "could not drop old state; trying again tomorrow");
    }
  };
  void prune();
  const timer = setInterval(() => void prune(), day);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
