import type { RetryVerdict } from "./retry-delivery.js";

/** The longest a rate limit's hint may hold a call back: longer than that, the budget would run out waiting. */
const longestHintMs = 30_000;

/**
 * What a failed call to a chat platform's HTTP API means for another try, by the status it was answered with:
 * none at all (the request got no answer) or a server error is an outage worth a later try, and so is a rate
 * limit (429), not before its Retry-After (in seconds) when the platform gave one; any other status is the
 * API's word that the call can never work as sent (an expired token, a channel that is gone).
 */
export function retryByStatus(status: unknown, retryAfterSeconds?: unknown): RetryVerdict {
  if (typeof status !== "number" || status === 0) return { retry: true };
  if (status === 429 && typeof retryAfterSeconds === "number")
    return { retry: true, waitAtLeastMs: Math.min(longestHintMs, Math.max(0, retryAfterSeconds * 1000)) };
  return { retry: status >= 500 || status === 429 };
}
