import { fireFromAnotherProcess } from "./fire-from-another-process.js";
import { percentile } from "./percentile.js";
import { benchSigningSecret, startBenchBots } from "./start-bench-bots.js";

// npm run bench:slack: 200 signed slash commands, 50 at a time, against rdp-fix's real Bolt receiver and, in
// the same process, a bare Bolt app that only acks. The load generator and the fake Slack API run in their
// own processes, so the measured process does only what production does. Everything is on 127.0.0.1.
const total = 200;
const concurrency = 50;
const slackLimitMs = 3000;
const targetP99Ms = 50;

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
  // Each command makes the bot post a root message and a consent prompt; let that finish between rounds, so
  // one round's background work does not land in the next round's measurement.
  const settle = async (posts: number) => {
    const deadline = Date.now() + 60_000;
    while ((await bots.postsSeen()) < posts && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
  };
  await fire(bots.bareUrl, 20);
  await fire(bots.rdpFixUrl, 20);
  await settle(40);
  const peer = await fire(bots.bareUrl, total);
  const ours = await fire(bots.rdpFixUrl, total);
  await settle(40 + 2 * total);

  const row = (name: string, sample: number[]) => {
    const [p50, p99] = [percentile(sample, 50), percentile(sample, 99)];
    return `${name.padEnd(24)} p50 ${String(p50).padStart(4)} ms   p99 ${String(p99).padStart(4)} ms   p99 / Slack's 3 s limit ${(p99 / slackLimitMs).toFixed(3)}`;
  };
  console.log(
    `Slack slash-command ack latency: ${total} signed commands, ${concurrency} concurrent, loopback\n`,
  );
  console.log(row("rdp-fix (real bot)", ours));
  console.log(row("bare Bolt (ack only)", peer));
  console.log(
    `\nrdp-fix p99 / bare Bolt p99: ${(percentile(ours, 99) / Math.max(1, percentile(peer, 99))).toFixed(2)}`,
  );
  console.log(`target p99 < ${targetP99Ms} ms: ${percentile(ours, 99) < targetP99Ms ? "met" : "NOT met"}`);
} finally {
  await bots.stop();
}
