import { retryByStatus } from "../../src/chat/retry-by-status.js";
import type { RetryVerdict } from "../../src/chat/retry-delivery.js";

/**
 * What a Web API failure means for another try, read from the error's shape (no SDK import needed): a rate
 * limit and an HTTP error by their status (retryByStatus), a request that got no answer is worth a later
 * try, and Slack's own refusal (`ok: false`: a channel gone, a scope missing) is final.
 */
export function slackRetryVerdict(error: unknown): RetryVerdict {
  const e = error as { code?: unknown; retryAfter?: unknown; statusCode?: unknown } | null;
  if (e?.code === "slack_webapi_rate_limited_error") return retryByStatus(429, e.retryAfter);
  if (e?.code === "slack_webapi_http_error") return retryByStatus(e.statusCode);
  return { retry: e?.code === "slack_webapi_request_error" };
}
