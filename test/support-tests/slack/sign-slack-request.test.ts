import { verifySlackRequest } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { blockActionsBody } from "../../support/slack/block-actions-body.js";
import { eventCallbackBody, messageEvent } from "../../support/slack/event-callback-body.js";
import { type SignOptions, signSlackRequest } from "../../support/slack/sign-slack-request.js";
import { slashCommandBody } from "../../support/slack/slash-command-body.js";

const secret = "test-signing-secret";
const command = {
  kind: "slash-command",
  fields: slashCommandBody({ text: "host1", responseUrl: "x" }),
} as const;

/** Bolt's own verifier, the one its HTTPReceiver runs: throws on a bad request. */
function boltVerifies(options: SignOptions = {}, content: Parameters<typeof signSlackRequest>[1] = command) {
  const signed = signSlackRequest(secret, content, options);
  verifySlackRequest({
    signingSecret: secret,
    body: signed.body,
    headers: {
      "x-slack-signature": signed.headers["X-Slack-Signature"] ?? "",
      "x-slack-request-timestamp": Number(signed.headers["X-Slack-Request-Timestamp"]),
    },
  });
}

describe("signSlackRequest", () => {
  it("GIVEN a command, a click and an event THEN Bolt's verifier accepts each signature", () => {
    const click = blockActionsBody({ actionId: "a", value: "v", messageTs: "1.000100", responseUrl: "x" });
    boltVerifies();
    boltVerifies({}, { kind: "interaction", payload: click });
    boltVerifies({}, { kind: "event", body: eventCallbackBody({ event: messageEvent({ text: "hi" }) }) });
  });

  it("GIVEN a forged signature THEN Bolt reports a signature mismatch", () => {
    expect(() => boltVerifies({ forgeSignature: true })).toThrow(/signature mismatch/);
  });

  it("GIVEN a timestamp 301 s old THEN Bolt calls the request stale; 299 s is still fine", () => {
    expect(() => boltVerifies({ ageSeconds: 301 })).toThrow(/stale/);
    expect(() => boltVerifies({ ageSeconds: 299 })).not.toThrow();
  });

  it("GIVEN each kind THEN the Content-Type is the exact string Slack sends and the body encodes like Slack's", () => {
    const click = blockActionsBody({ actionId: "a", value: "v", messageTs: "1.000100", responseUrl: "x" });
    const interaction = signSlackRequest(secret, { kind: "interaction", payload: click });
    expect(signSlackRequest(secret, command).headers["Content-Type"]).toBe(
      "application/x-www-form-urlencoded",
    );
    expect(interaction.headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
    expect(JSON.parse(new URLSearchParams(interaction.body).get("payload") ?? "")).toEqual(click);
    const event = signSlackRequest(secret, { kind: "event", body: { type: "event_callback" } });
    expect(event.headers["Content-Type"]).toBe("application/json");
  });

  it("GIVEN a retry THEN the X-Slack-Retry headers carry its number and reason", () => {
    const signed = signSlackRequest(secret, command, { retry: { num: 2, reason: "http_timeout" } });
    expect(signed.headers).toMatchObject({
      "X-Slack-Retry-Num": "2",
      "X-Slack-Retry-Reason": "http_timeout",
    });
  });
});
