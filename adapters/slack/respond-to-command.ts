import type { DeliveryAttempt } from "../../src/chat/retry-delivery.js";

/** How long one post to a response_url may take before it counts as failed (and may be tried again). */
const timeoutMs = 5_000;

/**
 * An ephemeral note to the person who typed a slash command, through the command's response_url (Slack
 * honours it 5 times within 30 minutes). It needs no Web API call, so it often works while posting does not.
 * A 4xx (an expired or used-up URL) is final; a 5xx or no answer is worth another try. A command queued
 * before its response_url was kept has none: nobody can be told.
 */
export function respondToCommand(responseUrl: string | undefined, text: string): DeliveryAttempt<void> {
  return {
    call: async () => {
      if (responseUrl === undefined) throw new ResponseUrlFailure(undefined);
      const response = await fetch(responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ response_type: "ephemeral", text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new ResponseUrlFailure(response.status);
    },
    verdict: (error) => {
      if (!(error instanceof ResponseUrlFailure)) return { retry: true };
      return { retry: error.status !== undefined && error.status >= 500 };
    },
  };
}

class ResponseUrlFailure extends Error {
  readonly code = "SLACK_RESPONSE_URL_FAILED";
  constructor(readonly status: number | undefined) {
    super(
      status === undefined
        ? "the command was queued without its response_url"
        : `Slack answered ${status} to the response_url`,
    );
  }
}
