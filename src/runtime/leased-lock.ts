import { StateError } from "../state/state-error.js";
import type { StateStore } from "../state/state-store.js";
import { KeyedLock } from "./keyed-lock.js";

export interface LeasedLockOptions {
  store: Pick<StateStore, "acquireLease" | "extendLease" | "releaseLease">;
  /** This replica; each hold gets its own holder id under it. */
  replicaId: string;
  /** How long a hold lasts without renewal: what a dead holder costs the next one at most. */
  ttlMs?: number;
  /** How long to wait for a lease another replica holds before giving up with STATE_LOCK_TIMEOUT. */
  waitMs?: number;
}

/**
 * A per-key lock that holds across replicas: a lease in the store, renewed while the task runs and released
 * after it. Waiters in this process queue in arrival order first (KeyedLock), so only one of them at a time
 * polls the store; a holder that died stops renewing and its lease expires after the TTL.
 */
export function leasedLock(options: LeasedLockOptions) {
  const ttlMs = options.ttlMs ?? 30_000;
  const waitMs = options.waitMs ?? 60_000;
  const local = new KeyedLock();
  let holds = 0;

  const acquire = async (name: string, holder: string) => {
    const giveUpAt = Date.now() + waitMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      if (await options.store.acquireLease(name, holder, ttlMs)) return;
      if (Date.now() >= giveUpAt)
        throw new StateError(
          "STATE_LOCK_TIMEOUT",
          `Another replica has held ${name} for over ${waitMs} ms; the event was not applied.`,
        );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      return local.run(key, async () => {
        const name = `lock:${key}`;
        const holder = `${options.replicaId}#${++holds}`;
        await acquire(name, holder);
        const renew = setInterval(() => {
          void options.store.extendLease(name, holder, ttlMs).catch(() => undefined);
        }, ttlMs / 3);
        renew.unref();
        try {
          return await task();
        } finally {
          clearInterval(renew);
          await options.store.releaseLease(name, holder).catch(() => undefined);
        }
      });
    },
  };
}

export type LeasedLock = ReturnType<typeof leasedLock>;
