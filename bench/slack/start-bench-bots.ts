import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import pino from "pino";
import { startSlackBot } from "../../adapters/slack/slack-app.js";
import { anyoneMayProbe } from "../../src/chat/channel-and-group-rule.js";
import { createChatService } from "../../src/chat/chat-service.js";
import { createHttpServer } from "../../src/runtime/http-server.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import { shippedFlow } from "../../test/support/engine-conversation.js";
import { fakeSlackIds } from "../../test/support/slack/fake-slack-ids.js";
import { startBareBolt } from "./start-bare-bolt.js";

export const benchSigningSecret = "bench-signing-secret-0123456789";

/**
 * The two receivers under test, both on 127.0.0.1 in this process: rdp-fix's Slack bot as `serve` builds it
 * (info-level logs to nowhere, no probes needed for an ack) and a bare Bolt app; the fake Slack API they
 * call runs in a child process.
 */
export async function startBenchBots() {
  const fake = execa("node", ["--import", "tsx", new URL("./fake-api-main.ts", import.meta.url).pathname], {
    stdin: "pipe",
  });
  const firstLine = await new Promise<string>((resolve) =>
    fake.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString())),
  );
  const { slackApiUrl, responseUrl, counterUrl } = JSON.parse(firstLine) as Record<string, string>;
  const logger = pino({ level: "info" }, { write: () => {} });
  const flow = shippedFlow();
  // The default store, as `rdp-fix serve` runs it: a SQLite file, its WAL checkpointed on a thread.
  const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-bench-"));
  const store = await openStateStore(
    { kind: "sqlite", path: join(dataDir, "rdp-fix.sqlite") },
    { walCheckpointEveryMs: 1000 },
  );
  const chat = createChatService({ flow, store, logger });
  const http = createHttpServer({ health: () => store.health() });
  const connection = {
    mode: "http" as const,
    botToken: "xoxb-test",
    signingSecret: benchSigningSecret,
    apiUrl: slackApiUrl ?? "",
  };
  const bot = await startSlackBot(
    { connection, triageChannels: [], probeAccess: anyoneMayProbe },
    {
      flow,
      chat,
      logger,
      http,
      botIdentity: { botId: fakeSlackIds.botId, botUserId: fakeSlackIds.botUserId },
    },
  );
  const port = await http.listen(0, "127.0.0.1");
  await chat.start();
  const bare = await startBareBolt(slackApiUrl ?? "", benchSigningSecret);
  return {
    rdpFixUrl: `http://127.0.0.1:${port}`,
    bareUrl: bare.boltUrl,
    responseUrl: responseUrl ?? "",
    postsSeen: async () => Number(await (await fetch(counterUrl ?? "")).text()),
    stop: async () => {
      await bare.stop();
      await bot.stop();
      await http.stop();
      await chat.stop(2000);
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      fake.stdin?.end();
      await fake;
    },
  };
}
