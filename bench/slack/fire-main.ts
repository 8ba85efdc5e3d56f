// The load generator in its own process, so its work does not compete with the bots it measures:
// `fire-main.ts URL SIGNING_SECRET RESPONSE_URL TOTAL CONCURRENCY` prints the ack latencies as one JSON line.
import { fireSlashCommands } from "./fire-slash-commands.js";

const [boltUrl = "", signingSecret = "", responseUrl = "", total = "0", concurrency = "1"] =
  process.argv.slice(2);
const latencies = await fireSlashCommands({
  boltUrl,
  signingSecret,
  responseUrl,
  total: Number(total),
  concurrency: Number(concurrency),
});
process.stdout.write(`${JSON.stringify(latencies)}\n`);
