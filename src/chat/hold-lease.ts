import type { Logger } from "pino";
import type { StateStore } from "../state/state-store.js";

export interface HoldLeaseOptions {
  store: Pick<StateStore, "acquireLease" | "extendLease" | "releaseLease">;
  name: string;
  holder: string;
  logger: Logger;
  /** How long the lease lasts unrenewed: the longest a dead holder keeps the others waiting. */
  ttlMs?: number;
  /** How often the holder renews and the others try to take over. */
  everyMs?: number;
  /** Runs when this replica takes the lease; a throw gives the lease back. */
  onAcquired(): Promise<void>;
  /** Runs when this replica lost the lease (it could not renew in time) or stops holding it. */
  onLost(): Promise<void>;
}

/**
 * One replica at a time does something (hold Discord's gateway): whoever has the lease renews it every
 * `everyMs`; the others try to take it as often, so when the holder dies one of them takes over within
 * `ttlMs + everyMs` (20 s by default).
 */
export async function holdLease(options: HoldLeaseOptions) {
  const { store, name, holder, logger } = options;
  const ttlMs = options.ttlMs ?? 15_000;
  const everyMs = options.everyMs ?? 5_000;
  let held = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const tick = async (): Promise<void> => {
    try {
      if (held) {
        if (await store.extendLease(name, holder, ttlMs)) return;
        held = false;
        logger.warn({ lease: name }, "lost the lease; another replica takes over");
        await options.onLost();
        return;
      }
      if (!(await store.acquireLease(name, holder, ttlMs))) return;
      held = true;
      logger.info({ lease: name }, "took the lease");
      try {
        await options.onAcquired();
      } catch (error) {
        held = false;
        await store.releaseLease(name, holder);
        throw error;
      }
    } catch (error) {
      logger.error({ err: error, lease: name }, "lease round failed; trying again");
    }
  };

  const loop = async () => {
    await tick();
    if (!stopped) timer = setTimeout(() => void loop(), everyMs);
  };
  await loop();

  return {
    get held(): boolean {
      return held;
    },
    /** Stops trying; a held lease is given up at once so another replica need not wait for it to expire. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      if (!held) return;
      held = false;
      await options.onLost();
      await store.releaseLease(name, holder).catch(() => undefined);
    },
  };
}

export type HeldLease = Awaited<ReturnType<typeof holdLease>>;
