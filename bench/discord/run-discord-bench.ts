import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Events, GatewayIntentBits } from "discord.js";
import pino from "pino";
import { startDiscordBot } from "../../adapters/discord/discord-app.js";
import { createChatService } from "../../src/chat/chat-service.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import { startFakeDiscord } from "../../test/support/discord/fake-discord.js";
import { fakeDiscordIds } from "../../test/support/discord/fake-discord-ids.js";
import { loginFakeDiscordClient } from "../../test/support/discord/login-fake-discord-client.js";
import { shippedFlow } from "../../test/support/engine-conversation.js";
import { percentile } from "../slack/percentile.js";
import { deferLatencies } from "./defer-latencies.js";

// npm run bench:discord: 200 /rdp-fix interactions, 50 in flight, through the real discord.js client and the
// fake gateway; the time from INTERACTION_CREATE to the defer callback, for rdp-fix's bot and, as the peer,
// a bare client that only defers. Everything runs on 127.0.0.1.
const total = 200;
const concurrency = 50;
const discordLimitMs = 3000;
const targetP99Ms = 50;

const row = (name: string, sample: number[]) => {
  const [p50, p99] = [percentile(sample, 50), percentile(sample, 99)];
  return `${name.padEnd(24)} p50 ${String(p50).padStart(4)} ms   p99 ${String(p99).padStart(4)} ms   p99 / Discord's 3 s limit ${(p99 / discordLimitMs).toFixed(3)}`;
};

// The peer first, on its own fake, so neither run shares a gateway or state with the other.
const peerFake = await startFakeDiscord();
const peer = await loginFakeDiscordClient(peerFake, [GatewayIntentBits.Guilds]);
peer.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) interaction.deferReply().catch(() => undefined);
});
await deferLatencies(peerFake, 20, concurrency);
const peerSample = await deferLatencies(peerFake, total, concurrency);
await peer.destroy();
await peerFake.close();

const fake = await startFakeDiscord();
const logger = pino({ level: "info" }, { write: () => {} });
const flow = shippedFlow();
// The default store, as `rdp-fix serve` runs it: a SQLite file, its WAL checkpointed on a thread.
const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-bench-"));
const store = await openStateStore(
  { kind: "sqlite", path: join(dataDir, "rdp-fix.sqlite") },
  { walCheckpointEveryMs: 1000 },
);
const chat = createChatService({ flow, store, logger });
const bot = await startDiscordBot({
  config: { token: "fake.token.value", applicationId: fakeDiscordIds.applicationId, apiUrl: fake.apiUrl },
  flow,
  chat,
  triage: { enabled: false, channels: [] },
  logger,
});
await chat.start();
try {
  await deferLatencies(fake, 20, concurrency);
  const ours = await deferLatencies(fake, total, concurrency);
  console.log(
    `Discord interaction defer latency: ${total} slash commands, ${concurrency} in flight, loopback\n`,
  );
  console.log(row("rdp-fix (real bot)", ours));
  console.log(row("bare discord.js (defer)", peerSample));
  console.log(
    `\nrdp-fix p99 / bare discord.js p99: ${(percentile(ours, 99) / Math.max(1, percentile(peerSample, 99))).toFixed(2)}`,
  );
  console.log(`target p99 < ${targetP99Ms} ms: ${percentile(ours, 99) < targetP99Ms ? "met" : "NOT met"}`);
} finally {
  await bot.stop();
  await chat.stop(2000);
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  await fake.close();
}
