import { type RetryVerdict, retryDelivery } from "../../src/chat/retry-delivery.js";
import type { Metrics } from "../../src/runtime/metrics.js";

/**
 * What a Web API failure means for another try, read from the error's shape (no SDK import needed): a rate
 * limit's Retry-After is the least wait, a server error or no answer is worth a later try, the rest is final.
 */
export function slackRetryVerdict(error: unknown): RetryVerdict {
  const e = error as { code?: unknown; retryAfter?: unknown; statusCode?: unknown } | null;
  if (e?.code === "slack_webapi_rate_limited_error") {
    const seconds = typeof e.retryAfter === "number" ? e.retryAfter : 1;
    return { retry: true, waitAtLeastMs: Math.min(30_000, Math.max(0, seconds * 1000)) };
  }
  const serverError = typeof e?.statusCode === "number" && e.statusCode >= 500;
  if (e?.code === "slack_webapi_http_error" && serverError) return { retry: true };
  return { retry: e?.code === "slack_webapi_request_error" };
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

/** A few tries within two minutes: a busy Slack delays a message, it does not hold the work for long. */
const attempts = 4;
const budgetMs = 120_000;

/**
 * Calls the Web API through the shared retry loop (src/chat/retry-delivery.ts), waiting out rate limits and
 * retrying server errors a few times, so a busy Slack delays a message instead of losing it. Whether it had
 * to retry is returned, so the user can be told; a permanent failure is returned, never thrown.
 */
export async function deliverToSlack<T>(
  call: () => Promise<T>,
  options: { sleep?: (ms: number) => Promise<void>; metrics?: Metrics } = {},
): Promise<Delivery<T>> {
  const metrics = options.metrics ?? processMetrics;
  const result = await retryDelivery(
    { call, verdict: slackRetryVerdict },
    {
      until: Date.now() + budgetMs,
      attempts,
      onRetry: () => metrics?.chatApiRetry("slack"),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    },
  );
  if (result.ok) return { ok: true, value: result.value, retried: result.attempts > 1 };
  metrics?.chatApiError("slack");
  return { ok: false, error: result.error };
}
