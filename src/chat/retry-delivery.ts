/** Whether a failed call is worth another try, and how long at least to wait first (a rate limit's hint). */
export type RetryVerdict = { retry: true; waitAtLeastMs?: number } | { retry: false };

/** One call to a chat platform, with the platform's reading of its failures. */
export interface DeliveryAttempt<T> {
  call(): Promise<T>;
  verdict(error: unknown): RetryVerdict;
}

export type DeliveryResult<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; error: unknown; attempts: number };

export interface RetryDeliveryOptions {
  /** Epoch ms: no attempt starts after it (the job's deadline, or a budget within it). */
  until: number;
  /** The first wait; each further wait doubles, up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** At most this many calls in all, whatever time is left (unbounded by default). */
  attempts?: number;
  /** Called before each wait, e.g. to count the retry. */
  onRetry?(error: unknown): void;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls until it works, the platform calls a failure final, or the next try would start past `until`:
 * backing off 1 s, 2 s, 4 s ... so an outage of a few seconds costs a delay, not the message. The outcome is
 * returned as data, never thrown: the caller decides whom to tell.
 */
export async function retryDelivery<T>(
  attempt: DeliveryAttempt<T>,
  options: RetryDeliveryOptions,
): Promise<DeliveryResult<T>> {
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const firstDelayMs = options.firstDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  for (let attempts = 1; ; attempts++) {
    try {
      return { ok: true, value: await attempt.call(), attempts };
    } catch (error) {
      const verdict = attempt.verdict(error);
      if (!verdict.retry || attempts >= (options.attempts ?? Number.POSITIVE_INFINITY))
        return { ok: false, error, attempts };
      const backoff = Math.min(maxDelayMs, firstDelayMs * 2 ** (attempts - 1));
      const waitMs = Math.max(backoff, verdict.waitAtLeastMs ?? 0);
      if (clock() + waitMs > options.until) return { ok: false, error, attempts };
      options.onRetry?.(error);
      await sleep(waitMs);
    }
  }
}
