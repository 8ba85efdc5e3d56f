import type { RetryVerdict } from "./retry-delivery.js";

/**
 * What a failed call to a chat platform's HTTP API means for another try, by the status it was answered with:
 * none at all (the request got no answer) or a server error is an outage worth a later try, and so is a rate
 * limit (429); any other status is the API's word that the call can never work as sent (an expired token, a
 * channel that is gone).
 */
export function retryByStatus(status: unknown): RetryVerdict {
  if (typeof status !== "number" || status === 0) return { retry: true };
  return { retry: status >= 500 || status === 429 };
}
