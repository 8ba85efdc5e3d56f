import { App } from "@slack/bolt";
import { fakeSlackIds } from "../../test/support/slack/fake-slack-ids.js";

/** The peer: a Bolt app whose /rdp-fix listener only acks. Whatever it costs is Bolt's floor, not ours. */
export async function startBareBolt(slackApiUrl: string, signingSecret: string) {
  const app = new App({
    token: "xoxb-test",
    signingSecret,
    botId: fakeSlackIds.botId,
    botUserId: fakeSlackIds.botUserId,
    clientOptions: { slackApiUrl, retryConfig: { retries: 0 } },
  });
  app.command("/rdp-fix", async ({ ack }) => {
    await ack();
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as { address(): { port: number } };
  return { boltUrl: `http://127.0.0.1:${server.address().port}`, stop: () => app.stop() };
}
