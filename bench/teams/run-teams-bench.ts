import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import pino from "pino";
import { startTeamsBot } from "../../adapters/teams/start-teams-bot.js";
import { createChatService } from "../../src/chat/chat-service.js";
import { createHttpServer } from "../../src/runtime/http-server.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import { shippedFlow } from "../../test/support/engine-conversation.js";
import { teamsIds } from "../../test/support/teams/teams-activities.js";
import { type AckRound, renderAckReport } from "../slack/render-ack-report.js";
import { startBareTeamsApp } from "./start-bare-teams-app.js";

// npm run bench:teams: rounds of 200 signed channel @mentions, 50 at a time, POSTed to rdp-fix's /api/messages
// (verify, the SDK, decode, one durable insert, 200) and, in the same process, to a bare Teams SDK app that
// only checks the token, the two alternating so whatever else runs on the machine falls on both. The load
// generator and the stand-in for Microsoft run in their own processes. Everything is on 127.0.0.1.
const rounds = 7;
const total = 200;
const concurrency = 50;

const fake = execa(
  "node",
  ["--import", "tsx", new URL("./fake-microsoft-main.ts", import.meta.url).pathname],
  {
    stdin: "pipe",
  },
);
const firstLine = await new Promise<string>((resolve) =>
  fake.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString())),
);
const microsoft = JSON.parse(firstLine) as Record<
  "openIdMetadataUrl" | "tokenUrl" | "serviceUrl" | "token",
  string
>;
const logger = pino({ level: "info" }, { write: () => {} });
const flow = shippedFlow();
// The default store, as `rdp-fix serve` runs it: a SQLite file, its WAL checkpointed on a thread.
const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-teams-bench-"));
const store = await openStateStore(
  { kind: "sqlite", path: join(dataDir, "rdp-fix.sqlite") },
  { walCheckpointEveryMs: 1000 },
);
const chat = createChatService({ flow, store, logger });
const http = createHttpServer({ health: () => store.health() });
const bot = await startTeamsBot(
  {
    clientId: teamsIds.clientId,
    clientSecret: "bench-secret",
    tenantIds: [teamsIds.tenantId],
    openIdMetadataUrl: microsoft.openIdMetadataUrl,
    tokenUrl: microsoft.tokenUrl,
    probeChannels: [],
    probeUsers: [],
    triageChannels: [],
  },
  { flow, chat, logger, http },
);
const rdpFixUrl = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
await chat.start();
const bare = await startBareTeamsApp(microsoft.openIdMetadataUrl);
const base = new URL(microsoft.serviceUrl).origin;

const fire = async (url: string, count: number): Promise<number[]> => {
  const script = new URL("./fire-mentions-main.ts", import.meta.url).pathname;
  const args = [url, microsoft.token, microsoft.serviceUrl, String(count), String(concurrency)];
  const { stdout } = await execa("node", ["--import", "tsx", script, ...args]);
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "[]") as number[];
};
/** Waits until the bot's posts stop coming, so one round's background work stays out of the next. */
const settle = async () => {
  let last = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { count } = (await (await fetch(`${base}/test/calls`)).json()) as { count: number };
    if (count === last && (await store.countOpenJobs()) === 0) return;
    last = count;
  }
};
try {
  await fire(bare.url, 20);
  await fire(rdpFixUrl, 20);
  await settle();
  const measured: AckRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const peer = await fire(bare.url, total);
    const ours = await fire(rdpFixUrl, total);
    await settle();
    measured.push({ ours, peer });
  }
  console.log(
    renderAckReport({
      title: `Teams time from POST /api/messages to its 200: ${rounds} rounds of ${total} signed @mentions, ${concurrency} concurrent, loopback`,
      oursName: "rdp-fix (real bot)",
      peerName: "bare Teams SDK app",
      limitName: "Teams' 15 s",
      limitMs: 15_000,
      targetRatio: 1.3,
      rounds: measured,
    }),
  );
} finally {
  await bare.stop();
  await bot.stop();
  await http.stop();
  await chat.stop(2000);
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  fake.stdin?.end();
  await fake;
}
