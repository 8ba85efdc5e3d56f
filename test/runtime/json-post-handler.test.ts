import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../src/runtime/http-server.js";
import { jsonPostHandler } from "../../src/runtime/json-post-handler.js";

const answered: number[] = [];
const seen: Array<{ headers: Record<string, string | string[]>; body: unknown }> = [];
const server = createHttpServer();
server.route(
  "/hook",
  jsonPostHandler(
    async (request) => {
      seen.push(request);
      if ((request.body as { fail?: boolean }).fail) throw new Error("secret detail of the failure");
      return { status: 200, body: { echoed: request.body } };
    },
    { maxBodyBytes: 1024, logger: pino({ level: "silent" }), onAnswered: (s) => answered.push(s) },
  ),
);
let url = "";
beforeAll(async () => {
  url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/hook`;
});
afterAll(() => server.stop());

const post = async (body: string) => {
  const response = await fetch(url, { method: "POST", body, headers: { "x-probe": "1" } });
  return { status: response.status, body: await response.text() };
};

describe("a JSON webhook route on the runtime's HTTP server", () => {
  it("GIVEN a JSON POST THEN the handler gets its body and headers, and its answer is written as JSON", async () => {
    expect(await post('{"a":1}')).toEqual({ status: 200, body: '{"echoed":{"a":1}}' });
    expect(seen.at(-1)).toMatchObject({ body: { a: 1 }, headers: { "x-probe": "1" } });
    expect(answered).toHaveLength(1);
  });

  it("GIVEN a GET, a body that is not JSON, or one over the limit THEN 405 or 400, the handler never called", async () => {
    const before = seen.length;
    expect((await fetch(url)).status).toBe(405);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ pad: "x".repeat(2000) }))).status).toBe(400);
    expect(seen).toHaveLength(before);
  });

  it("GIVEN a handler that throws THEN 500 with nothing of the error, and no ack time counted", async () => {
    const counted = answered.length;
    const answer = await post('{"fail":true}');
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain("secret");
    expect(answered).toHaveLength(counted);
  });
});
