import type { EventEmitter } from "node:events";

/** Also re-check on a timer: a probe may read the bot's own state, which changes after the fake's last event. */
const recheckMs = 20;

/**
 * Resolves with the first truthy value of `probe`, checked at once, whenever `changes` emits "change", and
 * every 20 ms. On timeout it rejects with `describe()` so the failure shows what the fake did see instead
 * of a bare "timed out".
 */
export function waitForChange<T>(
  changes: EventEmitter,
  probe: () => T | undefined | null | false,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      clearInterval(recheck);
      changes.off("change", check);
      settle();
    };
    const check = () => {
      try {
        const value = probe();
        if (value !== undefined && value !== null && value !== false) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`waitFor: nothing matched within ${timeoutMs} ms\n${describe()}`))),
      timeoutMs,
    );
    const recheck = setInterval(check, recheckMs);
    changes.on("change", check);
    check();
  });
}
