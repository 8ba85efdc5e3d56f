// The load generator in its own process: `fire-mentions-main.ts URL TOKEN SERVICE_URL TOTAL CONCURRENCY`
// POSTs signed channel @mentions to URL/api/messages and prints the time each took to its 200, as JSON.
import { channelMention } from "../../test/support/teams/teams-activities.js";

const [url = "", token = "", serviceUrl = "", total = "0", concurrency = "1"] = process.argv.slice(2);
const latencies: number[] = [];
let next = 0;
const worker = async () => {
  while (next < Number(total)) {
    const i = next++;
    // A new top-level post each time (its own id): a repeated id would rightly be answered as a retry.
    const id = `${process.pid}${String(i).padStart(6, "0")}`;
    const activity = channelMention(`host${i % 50}.corp.example 0x904`, { serviceUrl, id });
    const started = performance.now();
    const response = await fetch(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`mention ${i} got HTTP ${response.status}`);
    latencies.push(Math.round(performance.now() - started));
  }
};
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
process.stdout.write(`${JSON.stringify(latencies)}\n`);
