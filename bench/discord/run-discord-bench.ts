import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Events, GatewayIntentBits } from "discord.js";
import pino from "pino";
import { startDiscordBot } from "../../adapters/discord/discord-app.js";
import { anyoneMayProbe } from "../../src/chat/channel-and-group-rule.js";
import { createChatService } from "../../src/chat/chat-service.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import { startFakeDiscord } from "../../test/support/discord/fake-discord.js";
import { fakeDiscordIds } from "../../test/support/discord/fake-discord-ids.js";
import { loginFakeDiscordClient } from "../../test/support/discord/login-fake-discord-client.js";
import { shippedFlow } from "../../test/support/engine-conversation.js";
import { type AckRound, renderAckReport } from "../slack/render-ack-report.js";
import { deferLatencies } from "./defer-latencies.js";

// npm run bench:discord: rounds of 200 /rdp-fix interactions, 50 in flight, through the real discord.js client
// and a fake gateway; the time from INTERACTION_CREATE to the defer callback, for rdp-fix's bot and, as the
// peer, a bare client that only defers, each on a fake of its own, the two alternating so that whatever else
// runs on the machine falls on both. Everything runs on 127.0.0.1.
const rounds = 7;
const total = 200;
const concurrency = 50;

const peerFake = await startFakeDiscord();
const peer = await loginFakeDiscordClient(peerFake, [GatewayIntentBits.Guilds]);
peer.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) interaction.deferReply().catch(() => undefined);
});

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
const bot = await startDiscordBot(
  {
    connection: {
      token: "fake.token.value",
      applicationId: fakeDiscordIds.applicationId,
      apiUrl: fake.apiUrl,
    },
    triage: { enabled: false, channels: [] },
    probeAccess: anyoneMayProbe,
  },
  { flow, chat, logger },
);
await chat.start();
/** Each command's work (a thread, its first messages) done, so it does not land in the next measurement. */
const settle = async () => {
  const deadline = Date.now() + 60_000;
  while ((await store.countOpenJobs()) > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
};
try {
  await deferLatencies(peerFake, 20, concurrency);
  await deferLatencies(fake, 20, concurrency);
  await settle();
  const measured: AckRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const peerSample = await deferLatencies(peerFake, total, concurrency);
    const ours = await deferLatencies(fake, total, concurrency);
    await settle();
    measured.push({ ours, peer: peerSample });
  }
  console.log(
    renderAckReport({
      title: `Discord interaction defer latency: ${rounds} rounds of ${total} slash commands, ${concurrency} in flight, loopback`,
      oursName: "rdp-fix (real bot)",
      peerName: "bare discord.js (defer)",
      limitName: "Discord's 3 s",
      limitMs: 3000,
      targetRatio: 1.3,
      rounds: measured,
    }),
  );
} finally {
  await peer.destroy();
  await peerFake.close();
  await bot.stop();
  await chat.stop(2000);
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  await fake.close();
}
