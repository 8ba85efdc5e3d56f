import { App } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blockActionsBody } from "../../support/slack/block-actions-body.js";
import { eventCallbackBody, messageEvent } from "../../support/slack/event-callback-body.js";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { fakeSlackClientOptions } from "../../support/slack/fake-slack-client-options.js";
import {
  type FakeSocketModeServer,
  startFakeSocketModeServer,
} from "../../support/slack/fake-socket-mode-server.js";
import { recordingBoltLogger } from "../../support/slack/recording-bolt-logger.js";
import { slashCommandBody } from "../../support/slack/slash-command-body.js";

let api: FakeSlackApi;
let socket: FakeSocketModeServer;
let app: App;
const retries: unknown[] = [];

beforeEach(async () => {
  retries.length = 0;
  api = await startFakeSlackApi();
  socket = await startFakeSocketModeServer();
  api.attachSocketMode(socket);
  app = new App({
    token: "xoxb-test",
    appToken: "xapp-1-test",
    socketMode: true,
    botId: "B1",
    botUserId: "U_BOT",
    logger: recordingBoltLogger(),
    // Also reaches the SocketModeClient's own WebClient (apps.connections.open): see fakeSlackClientOptions.
    clientOptions: fakeSlackClientOptions(api),
  });
  app.command("/rdp-fix", async ({ command, ack, client }) => {
    await ack({ response_type: "ephemeral", text: "Diagnosing…" });
    await client.chat.postMessage({ channel: command.channel_id, text: `Diagnosing ${command.text}` });
  });
  app.action("flow:yes", async ({ ack }) => ack());
  app.message(/rdp/i, async ({ context }) => {
    retries.push([context.retryNum, context.retryReason]);
  });
  await app.start();
});

afterEach(async () => {
  // The app first: a server-side close would make the SocketModeClient schedule a reconnect.
  await app.stop();
  await socket.close();
  await api.close();
});

describe("the real Bolt App (Socket Mode) against the fakes", () => {
  it("GIVEN app.start() THEN it opened the socket with the app token against the fake API", () => {
    expect(api.callsTo("apps.connections.open")).toMatchObject([{ token: "xapp-1-test", status: 200 }]);
    expect(socket.openConnections()).toBe(1);
  });

  it("GIVEN a slash_commands envelope THEN Bolt acks it with the ack payload and the postMessage arrives", async () => {
    const responseUrl = api.responseUrl({ channel: "C1", userId: "U1" });
    const id = socket.push("slash_commands", slashCommandBody({ text: "host1", responseUrl }));
    expect((await socket.waitForAck(id)).payload).toEqual({
      response_type: "ephemeral",
      text: "Diagnosing…",
    });
    const call = await api.waitForCall("chat.postMessage");
    expect(call).toMatchObject({ token: "xoxb-test", body: { channel: "C1", text: "Diagnosing host1" } });
  });

  it("GIVEN an interactive envelope THEN Bolt acks it with an empty payload", async () => {
    const click = blockActionsBody({
      actionId: "flow:yes",
      value: "s1",
      messageTs: "1.000100",
      responseUrl: "x",
    });
    expect((await socket.waitForAck(socket.push("interactive", click))).payload).toEqual({});
  });

  it("GIVEN a re-sent events_api envelope THEN Bolt acks it and exposes the retry to listeners", async () => {
    const body = eventCallbackBody({ event: messageEvent({ text: "my RDP fails" }) });
    const id = socket.push("events_api", body, { retryAttempt: 1, retryReason: "timeout" });
    await socket.waitForAck(id);
    await api.waitFor(() => retries.length > 0);
    expect(retries).toEqual([[1, "timeout"]]);
  });
});
