import { createHmac } from "node:crypto";
import { assertNever } from "../../../src/engine/assert-never.js";

/** The three shapes Slack POSTs to a Bolt HTTP endpoint. */
export type SlackRequestContent =
  | { kind: "slash-command"; fields: Readonly<Record<string, string>> }
  | { kind: "interaction"; payload: object }
  | { kind: "event"; body: object };

/** The reasons Slack puts in X-Slack-Retry-Reason when it re-delivers an Events API request. */
export type SlackRetryReason =
  | "http_timeout"
  | "too_many_requests"
  | "http_error"
  | "unknown_error"
  | "ssl_error";

export interface SignOptions {
  /** Backdates X-Slack-Request-Timestamp; Bolt rejects anything more than 300 s old with a 401. */
  ageSeconds?: number;
  /** Signs with a different secret, as a caller who does not know ours would. */
  forgeSignature?: boolean;
  retry?: { num: number; reason: SlackRetryReason };
  nowMs?: number;
}

export interface SignedSlackRequest {
  body: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Encodes and signs a request exactly as Slack does: v0 HMAC-SHA256 over `v0:<timestamp>:<raw body>`.
 * The Content-Type must be exactly these strings: Bolt answers 400 to "...; charset=UTF-8".
 */
export function signSlackRequest(
  signingSecret: string,
  content: SlackRequestContent,
  options: SignOptions = {},
): SignedSlackRequest {
  const { body, contentType } = encode(content);
  const timestamp = String(Math.floor((options.nowMs ?? Date.now()) / 1000) - (options.ageSeconds ?? 0));
  const secret = options.forgeSignature === true ? `not-${signingSecret}` : signingSecret;
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "X-Slack-Request-Timestamp": timestamp,
    "X-Slack-Signature": signature,
    "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  };
  if (options.retry !== undefined) {
    headers["X-Slack-Retry-Num"] = String(options.retry.num);
    headers["X-Slack-Retry-Reason"] = options.retry.reason;
  }
  return { body, headers };
}

function encode(content: SlackRequestContent): { body: string; contentType: string } {
  switch (content.kind) {
    case "slash-command":
      return { body: new URLSearchParams(content.fields).toString(), contentType: form };
    case "interaction":
      // Interactions are a form with one field, `payload`, holding the JSON.
      return {
        body: new URLSearchParams({ payload: JSON.stringify(content.payload) }).toString(),
        contentType: form,
      };
    case "event":
      return { body: JSON.stringify(content.body), contentType: "application/json" };
    default:
      return assertNever(content);
  }
}

const form = "application/x-www-form-urlencoded";
