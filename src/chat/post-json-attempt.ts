import type { DeliveryAttempt } from "./retry-delivery.js";

/** How long one post may take before it counts as failed (and may be tried again). */
const timeoutMs = 5_000;

/**
 * One JSON POST to a URL a platform handed over for answering (a slash command's response URL) as a delivery
 * attempt. It needs no API token, so it often works while the API does not. A 4xx (an expired or used-up
 * URL) is final; a 5xx or no answer is worth another try. Work queued before its URL was kept has none:
 * nobody can be told.
 */
export function postJsonAttempt(url: string | undefined, body: unknown): DeliveryAttempt<void> {
  return {
    call: async () => {
      if (url === undefined) throw new ReplyUrlFailure(undefined);
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new ReplyUrlFailure(response.status);
    },
    verdict: (error) => {
      if (!(error instanceof ReplyUrlFailure)) return { retry: true };
      return { retry: error.status !== undefined && error.status >= 500 };
    },
  };
}

class ReplyUrlFailure extends Error {
  readonly code = "CHAT_REPLY_URL_FAILED";
  constructor(readonly status: number | undefined) {
    super(
      status === undefined
        ? "the work was queued without its reply URL"
        : `the platform answered ${status} to the reply URL`,
    );
  }
}
