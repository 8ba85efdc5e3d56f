import type { RetryVerdict } from "../../src/chat/retry-delivery.js";
import type { Metrics } from "../../src/runtime/metrics.js";

/** What a Web API failure means for delivery, read from the error's shape (no SDK import needed). */
export function classifySlackError(error: unknown): { retryAfterMs: number } | { fatal: true } {
  const e = error as { code?: unknown; retryAfter?: unknown; statusCode?: unknown } | null;
  if (e?.code === "slack_webapi_rate_limited_error") {
    const seconds = typeof e.retryAfter === "number" ? e.retryAfter : 1;
    return { retryAfterMs: Math.min(30_000, Math.max(0, seconds * 1000)) };
  }
  if (e?.code === "slack_webapi_http_error" && typeof e.statusCode === "number" && e.statusCode >= 500) {
    return { retryAfterMs: 1_000 };
  }
  if (e?.code === "slack_webapi_request_error") return { retryAfterMs: 1_000 };
  return { fatal: true };
}

/** The same reading for the shared retry loop (src/chat/retry-delivery.ts): a rate limit's wait is a minimum. */
export function slackRetryVerdict(error: unknown): RetryVerdict {
  const verdict = classifySlackError(error);
  return "fatal" in verdict ? { retry: false } : { retry: true, waitAtLeastMs: verdict.retryAfterMs };
}

/**
 * Slack refused the message for its size or shape (`msg_blocks_too_long`, `invalid_blocks`): retrying the
 * same message cannot help, a shorter one can.
 */
export function isTooLongForSlack(error: unknown): boolean {
  const e = error as { code?: unknown; data?: { error?: unknown } } | null;
  return (
    e?.code === "slack_webapi_platform_error" &&
    (e.data?.error === "msg_blocks_too_long" || e.data?.error === "invalid_blocks")
  );
}

export type Delivery<T> = { ok: true; value: T; retried: boolean } | { ok: false; error: unknown };

/**
 * Who counts retries and permanent failures. The senders and work handlers that deliver are built from the
 * Web API client alone, so the Slack adapter sets this once for the process (there is one registry per
 * process); `options.metrics` overrides it.
 */
let processMetrics: Metrics | undefined;

/** Counts every delivery from now on in `metrics`; the returned function stops it (the adapter's stop). */
export function countSlackDeliveries(metrics: Metrics): () => void {
  processMetrics = metrics;
  return () => {
    if (processMetrics === metrics) processMetrics = undefined;
  };
}

/**
 * Calls the Web API, waiting out rate limits (Retry-After) and retrying server errors a few times, so a
 * busy Slack delays a message instead of losing it. Whether it had to retry is returned, so the user can be
 * told; a permanent failure is returned, never thrown.
 */
export async function deliverToSlack<T>(
  call: () => Promise<T>,
  options: { attempts?: number; sleep?: (ms: number) => Promise<void>; metrics?: Metrics } = {},
): Promise<Delivery<T>> {
  const attempts = options.attempts ?? 4;
  const metrics = options.metrics ?? processMetrics;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return { ok: true, value: await call(), retried: attempt > 1 };
    } catch (error) {
      lastError = error;
      const verdict = classifySlackError(error);
      if ("fatal" in verdict || attempt === attempts) break;
      metrics?.chatApiRetry("slack");
      await sleep(verdict.retryAfterMs * attempt);
    }
  }
  metrics?.chatApiError("slack");
  return { ok: false, error: lastError };
}
