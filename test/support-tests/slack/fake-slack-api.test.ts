import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { fakeSlackClientOptions } from "../../support/slack/fake-slack-client-options.js";
import { recordingBoltLogger } from "../../support/slack/recording-bolt-logger.js";

let api: FakeSlackApi;
let client: webApi.WebClient;
const section = (text: string) => [{ type: "section", text: { type: "mrkdwn", text } }];

beforeEach(async () => {
  api = await startFakeSlackApi();
  client = new webApi.WebClient("xoxb-test", fakeSlackClientOptions(api));
});
afterEach(() => api.close());

describe("fake Slack Web API (driven by the real WebClient)", () => {
  it("GIVEN posts THEN each gets the next ts, blocks come back parsed and the bearer token is recorded", async () => {
    const first = await client.chat.postMessage({ channel: "C1", text: "one", blocks: section("*one*") });
    const second = await client.chat.postMessage({ channel: "C1", text: "two" });
    expect([first.ts, second.ts]).toEqual(["1700000000.000100", "1700000000.000200"]);
    expect(api.messagesIn("C1")[0]).toMatchObject({ text: "one", blocks: section("*one*"), user: "U_BOT" });
    expect(api.callsTo("chat.postMessage")[0]).toMatchObject({ token: "xoxb-test", status: 200 });
  });

  it("GIVEN an update THEN the message keeps its history; an unknown ts gets message_not_found", async () => {
    const { ts = "" } = await client.chat.postMessage({ channel: "C1", text: "Probing…" });
    await client.chat.update({ channel: "C1", ts, text: "Done", blocks: section("Done") });
    expect(api.messagesIn("C1")[0]?.history.map((v) => [v.via, v.text])).toEqual([
      ["chat.postMessage", "Probing…"],
      ["chat.update", "Done"],
    ]);
    await expect(client.chat.update({ channel: "C1", ts: "1.000001", text: "x" })).rejects.toMatchObject({
      code: webApi.ErrorCode.PlatformError,
      data: { error: "message_not_found" },
    });
  });

  it("GIVEN replies to a seeded user message THEN threadOf and conversations.replies list root then replies", async () => {
    api.seedUserMessage({ channel: "C1", ts: "1600000000.000100", user: "U1", text: "rdp broken" });
    await client.chat.postMessage({ channel: "C1", thread_ts: "1600000000.000100", text: "first" });
    await client.chat.postMessage({ channel: "C1", text: "elsewhere" });
    await client.chat.postMessage({ channel: "C1", thread_ts: "1600000000.000100", text: "second" });
    expect(api.threadOf("C1", "1600000000.000100").map((m) => m.text)).toEqual([
      "rdp broken",
      "first",
      "second",
    ]);
    const replies = await client.conversations.replies({ channel: "C1", ts: "1600000000.000100" });
    expect(replies.messages?.map((m) => m.text)).toEqual(["rdp broken", "first", "second"]);
  });

  it("GIVEN an ephemeral post THEN it is recorded apart from channel messages", async () => {
    await client.chat.postEphemeral({ channel: "C1", user: "U1", text: "only you" });
    expect(api.ephemerals).toMatchObject([{ channel: "C1", user: "U1", text: "only you" }]);
    expect(api.messages).toEqual([]);
  });

  it("GIVEN an app-level token on chat.postMessage, or an unknown method THEN Slack's errors come back", async () => {
    const appClient = new webApi.WebClient("xapp-1-test", fakeSlackClientOptions(api));
    await expect(appClient.chat.postMessage({ channel: "C1", text: "x" })).rejects.toMatchObject({
      data: { error: "not_allowed_token_type" },
    });
    await expect(client.apiCall("pins.add", { channel: "C1" })).rejects.toMatchObject({
      data: { error: "unknown_method" },
    });
  });

  it("GIVEN failNext(..., times = 2) THEN exactly two calls fail, then the method works again", async () => {
    api.failNext("chat.postMessage", { okFalse: "ratelimited" }, 2);
    const post = () =>
      client.chat.postMessage({ channel: "C1", text: "x" }).then(
        () => "ok",
        (e) => e.data.error,
      );
    expect([await post(), await post(), await post()]).toEqual(["ratelimited", "ratelimited", "ok"]);
  });

  it("GIVEN failFor(..., ms) THEN every call in the window fails, other methods work, and after it the method works again", async () => {
    api.failFor("chat.postMessage", { status: 503 }, 300);
    const post = () =>
      client.chat.postMessage({ channel: "C1", text: "x" }).then(
        () => "ok",
        (e) => e.code,
      );
    expect([await post(), await post()]).toEqual(["slack_webapi_http_error", "slack_webapi_http_error"]);
    expect((await client.auth.test()).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await post()).toBe("ok");
  });

  it("GIVEN a delay longer than the client's timeout THEN the client gives up with a request error", async () => {
    const quiet = { logger: recordingBoltLogger(), timeout: 100 };
    const impatient = new webApi.WebClient("xoxb-test", { ...fakeSlackClientOptions(api), ...quiet });
    api.failNext("auth.test", { delayMs: 500 });
    await expect(impatient.auth.test()).rejects.toMatchObject({ code: webApi.ErrorCode.RequestError });
  });

  it("GIVEN a JSON body THEN it is read like a form body", async () => {
    await fetch(`${api.slackApiUrl}chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer xoxb-test" },
      body: JSON.stringify({ channel: "C2", text: "json", blocks: section("json") }),
    });
    expect(api.messagesIn("C2")).toMatchObject([{ text: "json", blocks: section("json") }]);
  });

  it("GIVEN nothing matches THEN waitFor rejects listing the calls it did see", async () => {
    await client.auth.test();
    await expect(api.waitForCall("chat.postMessage", undefined, 50)).rejects.toThrow(
      /nothing matched within 50 ms\nlast calls: auth\.test/,
    );
  });

  it("GIVEN a call made after waitFor started THEN waitFor resolves with it", async () => {
    const waiting = api.waitForCall("chat.postMessage", (c) => c.body.text === "late");
    setTimeout(() => void client.chat.postMessage({ channel: "C1", text: "late" }), 20);
    expect((await waiting).body.channel).toBe("C1");
  });
});
