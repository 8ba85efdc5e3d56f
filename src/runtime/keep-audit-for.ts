import type { Logger } from "pino";
import type { StateStore } from "../state/state-store.js";

const daily = 24 * 60 * 60 * 1000;

/**
 * Audit retention (RDP_FIX_AUDIT_DAYS): entries older than that are dropped at start-up and once a day after.
 * Every replica may do it; deleting what another replica already deleted is harmless.
 */
export function keepAuditFor(store: StateStore, days: number, logger: Logger, now: () => number = Date.now) {
  const prune = async () => {
    const before = new Date(now() - days * daily).toISOString();
    try {
      const dropped = await store.pruneAudit(before);
      if (dropped > 0) logger.info({ dropped, before }, "old audit entries dropped");
    } catch (error) {
      logger.warn({ err: error }, "could not drop old audit entries; trying again tomorrow");
    }
  };
  void prune();
  const timer = setInterval(() => void prune(), daily);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
