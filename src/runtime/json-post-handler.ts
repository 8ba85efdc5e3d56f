import type { IncomingMessage } from "node:http";
import type { Logger } from "pino";
import type { HttpHandler } from "./http-server.js";

/** What a webhook answers: a status and, unless empty, a JSON body. */
export interface JsonAnswer {
  status: number;
  body?: unknown;
}

export interface JsonPostOptions {
  /** A request body past this is refused unread (400), however slowly it arrives. */
  maxBodyBytes: number;
  logger: Logger;
  /** Told how long each request took to its 2xx answer (the platform's ack latency). */
  onAnswered?: (seconds: number) => void;
}

/**
 * A webhook route on the runtime's HTTP server: POST only (405), a JSON body (400 when it is not JSON or is
 * too large), headers with their absent ones dropped, and a 500 with nothing of the error in it when the
 * handler throws (the error goes to the log).
 */
export function jsonPostHandler(
  answer: (request: { headers: Record<string, string | string[]>; body: unknown }) => Promise<JsonAnswer>,
  options: JsonPostOptions,
): HttpHandler {
  return (request, response) => {
    const arrivedAt = performance.now();
    const run = async (): Promise<JsonAnswer> => {
      if (request.method !== "POST") return { status: 405, body: { error: "POST only" } };
      const body = await readJson(request, options.maxBodyBytes);
      if (body === undefined) return { status: 400, body: { error: "the body is not JSON" } };
      const headers = Object.fromEntries(
        Object.entries(request.headers).flatMap(([name, value]) =>
          value === undefined ? [] : [[name, value]],
        ),
      );
      return answer({ headers, body });
    };
    run()
      .catch((error: unknown): JsonAnswer => {
        options.logger.error({ err: error, path: request.url }, "webhook request failed");
        return { status: 500, body: { error: "internal error" } };
      })
      .then(({ status, body }) => {
        if (status < 300) options.onAnswered?.((performance.now() - arrivedAt) / 1000);
        const json = body === undefined ? "" : JSON.stringify(body);
        response.writeHead(status, { "content-type": "application/json" }).end(json);
      });
  };
}

/** The request's JSON body, or undefined when it is not JSON or larger than `max` bytes. */
async function readJson(request: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
