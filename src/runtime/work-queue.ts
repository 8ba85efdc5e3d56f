/**
 * Runs background jobs a few at a time, each started on a later turn of the event loop. Chat adapters ack
 * first and work afterwards; without a bound, a burst of commands would start all their work at once and
 * delay the acks of the commands still arriving (Slack gives up after 3 seconds).
 */
export function workQueue(concurrency: number, onError: (error: unknown, label: string) => void) {
  const waiting: Array<{ label: string; job: () => Promise<void> }> = [];
  let running = 0;
  let idle: Array<() => void> = [];

  const pump = () => {
    while (running < concurrency && waiting.length > 0) {
      const next = waiting.shift();
      if (!next) return;
      running++;
      setImmediate(() => {
        next
          .job()
          .catch((error: unknown) => onError(error, next.label))
          .finally(() => {
            running--;
            pump();
            if (running === 0 && waiting.length === 0) {
              for (const resolve of idle) resolve();
              idle = [];
            }
          });
      });
    }
  };

  return {
    push(label: string, job: () => Promise<void>): void {
      waiting.push({ label, job });
      pump();
    },
    /** Resolves when nothing is queued or running (for a clean stop). */
    drained(): Promise<void> {
      return running === 0 && waiting.length === 0
        ? Promise.resolve()
        : new Promise((resolve) => idle.push(resolve));
    },
  };
}
