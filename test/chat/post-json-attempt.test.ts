import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { postJsonAttempt } from "../../src/chat/post-json-attempt.js";

const servers: Server[] = [];
const closeAll = () =>
  Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
afterEach(closeAll);

/** A reply URL on a loopback port that answers `status` and keeps the bodies it was sent. */
async function replyUrl(status: number) {
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => {
      text += chunk;
    });
    req.on("end", () => {
      bodies.push({ type: req.headers["content-type"], body: JSON.parse(text) as unknown });
      res.writeHead(status).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/reply`, bodies };
}

/** What one attempt comes to: done, or the verdict on its failure. */
async function attempt(url: string | undefined) {
  const post = postJsonAttempt(url, { text: "hello" });
  try {
    await post.call();
    return "posted";
  } catch (error) {
    return post.verdict(error);
  }
}

describe("postJsonAttempt: a JSON POST to a platform's reply URL, with a verdict on its failures", () => {
  it("GIVEN a URL that takes it THEN the body arrives as JSON", async () => {
    const { url, bodies } = await replyUrl(200);
    expect(await attempt(url)).toBe("posted");
    expect(bodies).toEqual([{ type: "application/json", body: { text: "hello" } }]);
  });

  it("GIVEN an expired or used-up URL (4xx) THEN the failure is final", async () => {
    expect(await attempt((await replyUrl(404)).url)).toEqual({ retry: false });
  });

  it("GIVEN a server error, or nobody answering THEN another try is worth it", async () => {
    expect(await attempt((await replyUrl(503)).url)).toEqual({ retry: true });
    const closed = await replyUrl(200);
    await closeAll();
    expect(await attempt(closed.url)).toEqual({ retry: true });
  });

  it("GIVEN no URL (work queued before it was kept) THEN nobody can be told: final", async () => {
    expect(await attempt(undefined)).toEqual({ retry: false });
  });
});
