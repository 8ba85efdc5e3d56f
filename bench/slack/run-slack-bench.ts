import { fireFromAnotherProcess } from "./fire-from-another-process.js";
import { type AckRound, renderAckReport } from "./render-ack-report.js";
import { benchSigningSecret, startBenchBots } from "./start-bench-bots.js";

// npm run bench:slack: rounds of 200 signed slash commands, 50 at a time, against rdp-fix's real Bolt receiver
// and, in the same process, a bare Bolt app that only acks, the two alternating so that whatever else runs on
// the machine falls on both. The load generator and the fake Slack API run in their own processes, so the
// measured process does only what production does. Everything is on 127.0.0.1.
const rounds = 7;
const total = 200;
const concurrency = 50;

const bots = await startBenchBots();
try {
  const fire = (boltUrl: string, count: number) =>
    fireFromAnotherProcess({
      boltUrl,
      signingSecret: benchSigningSecret,
      responseUrl: bots.responseUrl,
      total: count,
      concurrency,
    });
  // Each command makes the bot post a root message and a consent prompt; let that finish after each round,
  // so one round's background work does not land in the next round's measurement (of either side).
  let posts = 0;
  const settle = async (more: number) => {
    posts += more;
    const deadline = Date.now() + 60_000;
    while ((await bots.postsSeen()) < posts && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
  };
  await fire(bots.bareUrl, 20);
  await fire(bots.rdpFixUrl, 20);
  await settle(40);
  const measured: AckRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const peer = await fire(bots.bareUrl, total);
    const ours = await fire(bots.rdpFixUrl, total);
    await settle(2 * total);
    measured.push({ ours, peer });
  }
  console.log(
    renderAckReport({
      title: `Slack slash-command ack latency: ${rounds} rounds of ${total} signed commands, ${concurrency} concurrent, loopback`,
      oursName: "rdp-fix (real bot)",
      peerName: "bare Bolt (ack only)",
      limitName: "Slack's 3 s",
      limitMs: 3000,
      targetRatio: 1.3,
      rounds: measured,
    }),
  );
} finally {
  await bots.stop();
}
