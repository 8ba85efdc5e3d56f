import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startSlackBot } from "../../../adapters/slack/slack-app.js";
import { anyoneMayProbe } from "../../../src/chat/channel-and-group-rule.js";
import { createChatService } from "../../../src/chat/chat-service.js";
import { createHttpServer } from "../../../src/runtime/http-server.js";
import { createMetricsRegistry } from "../../../src/runtime/metrics-registry.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { startFakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import { postToBolt } from "../../support/slack/post-to-bolt.js";
import { signSlackRequest } from "../../support/slack/sign-slack-request.js";
import { slashCommandBody } from "../../support/slack/slash-command-body.js";

const signingSecret = "0123456789abcdef0123456789abcdef";
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The runtime's one server with the real Bolt app mounted on it, as `serve` wires them, on loopback. */
async function startSlackOnRuntimeServer() {
  const api = await startFakeSlackApi();
  cleanups.push(api.close);
  const store = new MemoryStateStore();
  const logger = pino({ level: "silent" });
  const { metrics, registry } = createMetricsRegistry();
  const http = createHttpServer({ health: () => store.health(), metrics: registry });
  cleanups.push(http.stop);
  const chat = createChatService({ flow: shippedFlow(), store, logger, metrics });
  const settings = {
    connection: { mode: "http" as const, botToken: "xoxb-test", signingSecret, apiUrl: api.slackApiUrl },
    triageChannels: [],
    probeAccess: anyoneMayProbe,
  };
  const bot = await startSlackBot(settings, {
    flow: shippedFlow(),
    chat,
    logger,
    http,
    botIdentity: { botId: fakeSlackIds.botId, botUserId: fakeSlackIds.botUserId },
    metrics,
  });
  cleanups.push(bot.stop);
  const url = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
  const help = (options = {}) =>
    signSlackRequest(
      signingSecret,
      { kind: "slash-command", fields: slashCommandBody({ text: "help", responseUrl: api.responseUrl() }) },
      options,
    );
  return { url, bot, help };
}

describe("Slack on the runtime's one HTTP server", () => {
  it("GIVEN Slack mounted THEN one port serves /healthz, /metrics and Slack's signed requests", async () => {
    const { url, help } = await startSlackOnRuntimeServer();
    const reply = await postToBolt(url, "/slack/events", help());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ response_type: "ephemeral" });
    const health = await fetch(`${url}/healthz`);
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 200,
      body: { ok: true, store: { kind: "memory", ok: true } },
    });
    const scrape = await fetch(`${url}/metrics`);
    expect(await scrape.text()).toMatch(/^rdpfix_ack_latency_seconds_count\{platform="slack"\} 1$/m);
  });

  it("GIVEN a forged signature or a stale timestamp THEN Bolt's verification still answers 401", async () => {
    const { url, help } = await startSlackOnRuntimeServer();
    expect((await postToBolt(url, "/slack/events", help({ forgeSignature: true }))).status).toBe(401);
    expect((await postToBolt(url, "/slack/events", help({ ageSeconds: 6 * 60 }))).status).toBe(401);
  });

  it("GIVEN a GET on Slack's URL, or the adapter stopped THEN 404, and the server keeps answering", async () => {
    const { url, bot, help } = await startSlackOnRuntimeServer();
    expect((await fetch(`${url}/slack/events`)).status).toBe(404);
    await bot.stop();
    expect((await postToBolt(url, "/slack/events", help())).status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
