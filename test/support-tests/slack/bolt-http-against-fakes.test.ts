import type { AddressInfo } from "node:net";
import { App, ErrorCode, webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blockActionsBody } from "../../support/slack/block-actions-body.js";
import { appMentionEvent, eventCallbackBody } from "../../support/slack/event-callback-body.js";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { fakeSlackClientOptions } from "../../support/slack/fake-slack-client-options.js";
import { postToBolt } from "../../support/slack/post-to-bolt.js";
import { recordingBoltLogger } from "../../support/slack/recording-bolt-logger.js";
import { type SlackRequestContent, signSlackRequest } from "../../support/slack/sign-slack-request.js";
import { slashCommandBody } from "../../support/slack/slash-command-body.js";

const signingSecret = "test-signing-secret";
let api: FakeSlackApi;
let app: App;
let boltUrl: string;
const seen: Record<string, unknown>[] = [];

beforeEach(async () => {
  seen.length = 0;
  api = await startFakeSlackApi();
  app = new App({
    token: "xoxb-test",
    signingSecret,
    // Both ids, or Bolt calls auth.test at construction.
    botId: "B1",
    botUserId: "U_BOT",
    logger: recordingBoltLogger(),
    clientOptions: fakeSlackClientOptions(api),
  });
  app.command("/rdp-fix", async ({ command, ack, client }) => {
    await ack();
    await client.chat.postMessage({ channel: command.channel_id, text: `Diagnosing ${command.text}` });
  });
  app.action(/^flow:/, async ({ action, ack, respond }) => {
    await ack();
    const value =
      action.type === "button"
        ? action.value
        : action.type === "static_select"
          ? action.selected_option.value
          : "";
    await respond({ replace_original: true, text: `picked ${value}` });
  });
  app.event("app_mention", async ({ event, say, context }) => {
    seen.push({ retryNum: context.retryNum, retryReason: context.retryReason });
    await say({ text: "On it", thread_ts: event.thread_ts ?? event.ts });
  });
  const server = await app.start({ port: 0, host: "127.0.0.1" });
  boltUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await app.stop();
  await api.close();
});

const send = (content: SlackRequestContent, options: Parameters<typeof signSlackRequest>[2] = {}) =>
  postToBolt(boltUrl, "/slack/events", signSlackRequest(signingSecret, content, options));
const command = () => ({
  kind: "slash-command" as const,
  fields: slashCommandBody({ text: "host1", responseUrl: api.responseUrl({ channel: "C1", userId: "U1" }) }),
});

describe("the real Bolt App (HTTP receiver) against the fakes", () => {
  it("GIVEN a signed slash command THEN Bolt answers 200 and its postMessage reaches the fake", async () => {
    const reply = await send(command());
    expect(reply.status).toBe(200);
    const call = await api.waitForCall("chat.postMessage");
    expect(call).toMatchObject({ token: "xoxb-test", body: { channel: "C1", text: "Diagnosing host1" } });
  });

  it("GIVEN a forged signature THEN 401 and the listener never runs", async () => {
    expect((await send(command(), { forgeSignature: true })).status).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it("GIVEN a timestamp more than 5 minutes old THEN 401", async () => {
    expect((await send(command(), { ageSeconds: 6 * 60 })).status).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it("GIVEN a click on a bot message THEN respond(replace_original) rewrites that message", async () => {
    const { ts = "" } = await app.client.chat.postMessage({ channel: "C1", text: "Error code?" });
    const responseUrl = api.responseUrl({ channel: "C1", userId: "U1", messageTs: ts });
    const select = blockActionsBody({
      actionId: "flow:pick",
      selectedOptionValue: "0x904",
      messageTs: ts,
      responseUrl,
    });
    expect((await send({ kind: "interaction", payload: select })).status).toBe(200);
    await api.waitFor(() => api.messagesIn("C1")[0]?.text === "picked 0x904");
    const button = blockActionsBody({ actionId: "flow:yes", value: "yes", messageTs: ts, responseUrl });
    await send({ kind: "interaction", payload: button });
    await api.waitFor(() => api.messagesIn("C1")[0]?.text === "picked yes");
  });

  it("GIVEN a retried app_mention THEN Bolt sees the retry and replies in the mention's thread", async () => {
    const event = appMentionEvent({ text: "<@U_BOT> host1 fails" });
    api.seedUserMessage(event);
    const reply = await send(
      { kind: "event", body: eventCallbackBody({ event }) },
      { retry: { num: 1, reason: "http_timeout" } },
    );
    expect(reply.status).toBe(200);
    await api.waitFor(() => api.threadOf("C1", event.ts).length === 2);
    expect(api.threadOf("C1", event.ts).map((m) => m.text)).toEqual(["<@U_BOT> host1 fails", "On it"]);
    expect(seen).toEqual([{ retryNum: 1, retryReason: "http_timeout" }]);
  });
});

describe("the Bolt App's WebClient under injected faults", () => {
  it("GIVEN a 429 with Retry-After THEN the call throws WebAPIRateLimitedError at once, and the next works", async () => {
    api.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 });
    const error = await app.client.chat.postMessage({ channel: "C1", text: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(webApi.WebAPIRateLimitedError);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 1 });
    await expect(app.client.chat.postMessage({ channel: "C1", text: "x" })).resolves.toMatchObject({
      ok: true,
    });
  });

  it("GIVEN a 500 THEN the call throws WebAPIHTTPError with the status", async () => {
    api.failNext("chat.update", { status: 500 });
    await expect(app.client.chat.update({ channel: "C1", ts: "1.000001", text: "x" })).rejects.toMatchObject({
      code: webApi.ErrorCode.HTTPError,
      statusCode: 500,
    });
  });

  it("GIVEN a failing response_url THEN respond() throws Bolt's RespondError", async () => {
    const errors: unknown[] = [];
    app.command("/rdp-fail", async ({ ack, respond }) => {
      await ack();
      await respond("x").catch((e: unknown) => errors.push(e));
    });
    api.failNext("response_url", { status: 500 });
    const { fields } = command();
    await send({ kind: "slash-command", fields: { ...fields, command: "/rdp-fail" } });
    await api.waitFor(() => errors.length > 0);
    expect(errors[0]).toMatchObject({ code: ErrorCode.RespondError, statusCode: 500 });
  });
});
