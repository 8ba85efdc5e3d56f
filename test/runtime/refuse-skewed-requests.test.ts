import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { refuseSkewedRequests } from "../../src/runtime/refuse-skewed-requests.js";

const now = 1_800_000_000;
const servers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A webhook behind the window on a loopback port: it answers 200 to whatever reaches it. */
async function guardedWebhook() {
  const refused: number[] = [];
  const handler = refuseSkewedRequests((_req, res) => res.writeHead(200).end("handled"), {
    header: "x-signed-at",
    maxSkewSeconds: 300,
    onRefused: (skew) => refused.push(skew),
    nowMs: () => now * 1000,
  });
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const post = async (headers: Record<string, string>) =>
    (await fetch(`http://127.0.0.1:${port}/hook`, { method: "POST", headers, body: "{}" })).status;
  return { post, refused };
}

describe("refuseSkewedRequests: a signed time too far from now, either way, never reaches the webhook", () => {
  it("GIVEN requests signed within the window, at its edges THEN the webhook handles them", async () => {
    const { post, refused } = await guardedWebhook();
    expect(await post({ "x-signed-at": String(now - 300) })).toBe(200);
    expect(await post({ "x-signed-at": String(now + 300) })).toBe(200);
    expect(refused).toEqual([]);
  });

  it("GIVEN requests signed too long ago or for the future THEN 401, and the skew is reported", async () => {
    const { post, refused } = await guardedWebhook();
    expect(await post({ "x-signed-at": String(now - 301) })).toBe(401);
    expect(await post({ "x-signed-at": String(now + 3600) })).toBe(401);
    expect(refused).toEqual([-301, 3600]);
  });

  it("GIVEN no timestamp, or one that is not a number THEN the webhook decides (it refuses unsigned requests)", async () => {
    const { post, refused } = await guardedWebhook();
    expect(await post({})).toBe(200);
    expect(await post({ "x-signed-at": "soon" })).toBe(200);
    expect(refused).toEqual([]);
  });
});
