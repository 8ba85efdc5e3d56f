import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { serve } from "../../bin/serve.js";
import { startFakeDiscord } from "../support/discord/fake-discord.js";
import { fakeDiscordIds } from "../support/discord/fake-discord-ids.js";
import { slashCommandPayload } from "../support/discord/interaction-payloads.js";
import { startFakeSlackApi } from "../support/slack/fake-slack-api.js";
import { postToBolt } from "../support/slack/post-to-bolt.js";
import { signSlackRequest } from "../support/slack/sign-slack-request.js";
import { slashCommandBody } from "../support/slack/slash-command-body.js";
import { unusedLoopbackPort as freePort } from "../support/unused-loopback-port.js";

const flowDir = join(import.meta.dirname, "..", "..", "flows");
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const logDestination = new Writable({ write: (_chunk, _encoding, done) => done() });

async function start(env: NodeJS.ProcessEnv): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-serve-metrics-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const bots = await serve({ RDP_FIX_DATA_DIR: dataDir, ...env }, flowDir, { logDestination });
  cleanups.push(bots.stop);
}

async function scrape(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("rdp-fix serve: GET /metrics on PORT", () => {
  it("GIVEN only Discord and a /rdp-fix command THEN /metrics counts the start and the ack, with Node's process metrics", async () => {
    const discord = await startFakeDiscord();
    cleanups.push(discord.close);
    const port = await freePort();
    await start({
      DISCORD_TOKEN: "fake.token.value",
      DISCORD_APPLICATION_ID: fakeDiscordIds.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      PORT: String(port),
    });
    // An address, not a name: the probe policy checks the target before consent, and tests do no DNS.
    discord.dispatch("INTERACTION_CREATE", slashCommandPayload({ options: { host: "192.0.2.10" } }));
    const started = /^rdpfix_diagnoses_started_total 1$/m;
    const acked = /^rdpfix_ack_latency_seconds_count\{platform="discord"\} 1$/m;
    let last = await scrape(port);
    for (let tries = 0; tries < 100 && !(started.test(last.text) && acked.test(last.text)); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      last = await scrape(port);
    }
    expect(last.status).toBe(200);
    expect(last.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(last.text).toMatch(started);
    expect(last.text).toMatch(acked);
    expect(last.text).toContain("# TYPE rdpfix_probe_duration_seconds histogram");
    expect(last.text).toContain("process_cpu_user_seconds_total");
  });

  it("GIVEN Slack configured and a /rdp-fix help THEN the same PORT serves /metrics with the command's ack", async () => {
    const slack = await startFakeSlackApi();
    cleanups.push(slack.close);
    const port = await freePort();
    const signingSecret = "0123456789abcdef0123456789abcdef";
    await start({
      SLACK_BOT_TOKEN: "xoxb-1-2-metrics",
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.slackApiUrl,
      PORT: String(port),
    });
    const fields = slashCommandBody({ text: "help", responseUrl: slack.responseUrl() });
    const help = signSlackRequest(signingSecret, { kind: "slash-command", fields });
    expect((await postToBolt(`http://127.0.0.1:${port}`, "/slack/events", help)).status).toBe(200);
    const { status, type, text } = await scrape(port);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toMatch(/^rdpfix_diagnoses_started_total 0$/m);
    expect(text).toMatch(/^rdpfix_ack_latency_seconds_count\{platform="slack"\} 1$/m);
  });
});
