import { describe, expect, it } from "vitest";
import { slackRetryVerdict } from "../../../adapters/slack/slack-retry-verdict.js";

/** The error shapes @slack/web-api throws, by their `code`. */
const failure = (code: string, extra: object = {}) => Object.assign(new Error(code), { code, ...extra });

describe("slackRetryVerdict: what a Web API failure means for another try", () => {
  it.each([
    [
      "rate limited, Retry-After 3 s",
      failure("slack_webapi_rate_limited_error", { retryAfter: 3 }),
      { retry: true, waitAtLeastMs: 3_000 },
    ],
    ["rate limited, no hint", failure("slack_webapi_rate_limited_error"), { retry: true }],
    ["HTTP 503", failure("slack_webapi_http_error", { statusCode: 503 }), { retry: true }],
    ["HTTP 400", failure("slack_webapi_http_error", { statusCode: 400 }), { retry: false }],
    ["no answer", failure("slack_webapi_request_error"), { retry: true }],
    [
      "channel_not_found",
      failure("slack_webapi_platform_error", { data: { error: "channel_not_found" } }),
      { retry: false },
    ],
    ["not Slack's error at all", new Error("boom"), { retry: false }],
    ["null", null, { retry: false }],
  ])("GIVEN %s THEN %j", (_name, error, verdict) => {
    expect(slackRetryVerdict(error)).toEqual(verdict);
  });
});
