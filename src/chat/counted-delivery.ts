import type { Metrics } from "../runtime/metrics.js";
import { type RetryVerdict, retryDelivery } from "./retry-delivery.js";

export type Delivery<T> = { ok: true; value: T; retried: boolean } | { ok: false; error: unknown };

/** One call to a platform's API, tried again as its verdict allows; the outcome is returned, never thrown. */
export type Deliver = <T>(call: () => Promise<T>) => Promise<Delivery<T>>;

export interface CountedDeliveryOptions {
  /** A few tries within two minutes by default: a busy platform delays a message, it does not hold the work. */
  attempts?: number;
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A platform's API calls through the shared retry loop (retry-delivery.ts), waiting out rate limits and
 * retrying what `verdict` calls worth it, so a busy platform delays a message instead of losing it. Retries
 * and permanent failures are counted under the platform's name. Whether a call had to be retried is
 * returned, so the user can be told.
 */
export function countedDelivery(
  platform: string,
  verdict: (error: unknown) => RetryVerdict,
  metrics: Metrics | undefined,
  { attempts = 4, budgetMs = 120_000, sleep }: CountedDeliveryOptions = {},
): Deliver {
  return async (call) => {
    const result = await retryDelivery(
      { call, verdict },
      {
        until: Date.now() + budgetMs,
        attempts,
        onRetry: () => metrics?.chatApiRetry(platform),
        ...(sleep ? { sleep } : {}),
      },
    );
    if (result.ok) return { ok: true, value: result.value, retried: result.attempts > 1 };
    metrics?.chatApiError(platform);
    return { ok: false, error: result.error };
  };
}
