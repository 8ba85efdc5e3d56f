import { postToBolt } from "../../test/support/slack/post-to-bolt.js";
import { signSlackRequest } from "../../test/support/slack/sign-slack-request.js";
import { slashCommandBody } from "../../test/support/slack/slash-command-body.js";

/**
 * Sends `total` signed /rdp-fix commands to a Bolt receiver, `concurrency` at a time, and returns the time
 * each took to be acknowledged (the HTTP response is Bolt's ack). Any non-200 fails the run.
 */
export async function fireSlashCommands(options: {
  boltUrl: string;
  signingSecret: string;
  responseUrl: string;
  total: number;
  concurrency: number;
}): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.total) {
      const i = next++;
      // Each load generator is a new process: the fake's own trigger ids (second + counter) would repeat in
      // the next round within the same second, and the bot would rightly ack those as re-sent and queue nothing.
      const fields = slashCommandBody({
        text: `host${i % 50}.corp.example`,
        responseUrl: options.responseUrl,
        triggerId: `${process.pid}.${i}.bench-trigger`,
      });
      const reply = await postToBolt(
        options.boltUrl,
        "/slack/events",
        signSlackRequest(options.signingSecret, { kind: "slash-command", fields }),
      );
      if (reply.status !== 200) throw new Error(`command ${i} got HTTP ${reply.status}: ${reply.body}`);
      latencies.push(reply.elapsedMs);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return latencies;
}
