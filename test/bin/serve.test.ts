import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningBots, serve } from "../../bin/serve.js";
import { ConfigError } from "../../src/runtime/config-error.js";
import { startFakeDiscord } from "../support/discord/fake-discord.js";
import { fakeDiscordIds } from "../support/discord/fake-discord-ids.js";
import { startFakeSlackApi } from "../support/slack/fake-slack-api.js";
import { unusedLoopbackPort as freePort } from "../support/unused-loopback-port.js";

const flowDir = join(import.meta.dirname, "..", "..", "flows");
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const logs: string[] = [];
const logDestination = new Writable({
  write(chunk, _encoding, done) {
    logs.push(String(chunk));
    done();
  },
});

/** serve() with its state in a fresh data directory, never the working directory's ./data. */
async function start(env: NodeJS.ProcessEnv): Promise<RunningBots> {
  const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-serve-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const bots = await serve({ RDP_FIX_DATA_DIR: dataDir, ...env }, flowDir, { logDestination });
  cleanups.push(bots.stop);
  return bots;
}

describe("rdp-fix serve (the composition root)", () => {
  it("GIVEN only Discord configured THEN the Discord bot logs in and /healthz still answers on PORT", async () => {
    const discord = await startFakeDiscord();
    cleanups.push(discord.close);
    const port = await freePort();
    await start({
      DISCORD_TOKEN: "fake.token.value",
      DISCORD_APPLICATION_ID: fakeDiscordIds.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      PORT: String(port),
    });
    expect(discord.gateway.identifies).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, store: { kind: "sqlite", ok: true } });
  });

  it("GIVEN Slack and Discord configured THEN both run in one process and the runtime serves /healthz on PORT", async () => {
    const discord = await startFakeDiscord();
    cleanups.push(discord.close);
    const slack = await startFakeSlackApi();
    cleanups.push(slack.close);
    const port = await freePort();
    await start({
      SLACK_BOT_TOKEN: "xoxb-1-2-serve",
      SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
      SLACK_API_URL: slack.slackApiUrl,
      DISCORD_TOKEN: "fake.token.value",
      DISCORD_APPLICATION_ID: fakeDiscordIds.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      PORT: String(port),
    });
    expect(slack.callsTo("auth.test").length).toBeGreaterThan(0);
    expect(discord.gateway.identifies).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({ ok: true, store: { kind: "sqlite", ok: true } });
    expect(logs.join("")).not.toContain("xoxb-1-2-serve");
  });

  it("GIVEN DATABASE_URL that is not PostgreSQL THEN serve refuses to start, naming the variable but not its value", async () => {
    const error = await start({
      DISCORD_TOKEN: "fake.token.value",
      DISCORD_APPLICATION_ID: fakeDiscordIds.applicationId,
      DATABASE_URL: "mysql://root:hunter2@db/rdpfix",
    }).catch((e: unknown) => e);
    // Read with every other section now: one CONFIG_INVALID that carries the state store's own problem.
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect(String((error as Error).message)).toContain("DATABASE_URL must be a PostgreSQL URL");
    expect(String((error as Error).message)).not.toContain("hunter2");
  });

  it("GIVEN three mistakes in three modules' variables THEN one start-up message names all three, and no secret", async () => {
    const secret = "LeakCanary-hunter2";
    const error = await start({
      SLACK_BOT_TOKEN: "xoxb-1-2-serve",
      SLACK_SIGNING_SECRET: `not hex ${secret}`,
      DATABASE_URL: `mysql://root:${secret}@db/rdpfix`,
      RDP_FIX_JOB_LEASE_MS: "soon",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const { code, problems, message } = error as ConfigError;
    expect(code).toBe("CONFIG_INVALID");
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET must be the Signing Secret/),
      expect.stringMatching(/^RDP_FIX_JOB_LEASE_MS must be a whole number of milliseconds/),
      expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/),
    ]);
    for (const problem of problems) expect(message).toContain(problem);
    expect(message).not.toContain("LeakCanary");
  });
});
