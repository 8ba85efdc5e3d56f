// The fake Slack Web API in its own process, as the real one is remote: prints its base URL, then serves
// until stdin closes. `GET /bench/posts` (answered here, not by the fake) reports how many messages it holds.
import { createServer } from "node:http";
import { startFakeSlackApi } from "../../test/support/slack/fake-slack-api.js";

const api = await startFakeSlackApi();
const counter = createServer((_req, res) => res.end(String(api.callsTo("chat.postMessage").length)));
await new Promise<void>((resolve) => counter.listen(0, "127.0.0.1", resolve));
const address = counter.address();
const counterUrl = typeof address === "object" && address ? `http://127.0.0.1:${address.port}/` : "";
process.stdout.write(
  `${JSON.stringify({ slackApiUrl: api.slackApiUrl, responseUrl: api.responseUrl(), counterUrl })}\n`,
);
process.stdin.resume();
process.stdin.on("end", async () => {
  counter.close();
  await api.close();
  process.exit(0);
});
