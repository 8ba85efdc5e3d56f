/**
 * Delivers the latest value at most once per interval, and always delivers the last one: for progress that
 * is edited in place, where only the newest state matters and chat APIs limit edits (Slack chat.update is
 * about 50 a minute). `flush()` waits for everything pending to be delivered.
 */
export function latestValueThrottle<T>(deliver: (value: T) => Promise<void>, intervalMs: number) {
  let pending: { value: T } | undefined;
  let lastDelivery = Number.NEGATIVE_INFINITY;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const run = () => {
    timer = undefined;
    const next = pending;
    if (!next) return;
    pending = undefined;
    lastDelivery = Date.now();
    running = running.then(() => deliver(next.value)).catch(() => undefined);
  };

  return {
    push(value: T): void {
      pending = { value };
      if (timer) return;
      const wait = Math.max(0, lastDelivery + intervalMs - Date.now());
      timer = setTimeout(run, wait);
    },
    async flush(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        run();
      }
      await running;
    },
  };
}
