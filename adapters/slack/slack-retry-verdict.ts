import type { RetryVerdict } from "../../src/chat/retry-delivery.js";

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
