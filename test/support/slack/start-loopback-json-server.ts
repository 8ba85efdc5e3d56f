import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiAnswer } from "./answer-api-method.js";

export interface LoopbackJsonServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 (never another interface) that hands each request's full body to `answer`
 * and writes back the JSON it returns. A throwing `answer` becomes a 500 naming the error.
 */
export async function startLoopbackJsonServer(
  answer: (req: IncomingMessage, rawBody: string) => Promise<ApiAnswer>,
): Promise<LoopbackJsonServer> {
  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => answer(req, raw))
      .then(
        (reply) => send(res, reply),
        (error: unknown) => send(res, { status: 500, json: { ok: false, error: String(error) } }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      // Clients' fetch keeps connections alive; without this close() waits for them to time out.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, answer: ApiAnswer): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...answer.headers });
  res.end(JSON.stringify(answer.json));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
