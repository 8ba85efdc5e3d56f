import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RestAnswer } from "./rest-answer.js";

export interface LoopbackRestServer {
  /** For attaching the gateway's WebSocketServer to the same port. */
  server: Server;
  /** "http://127.0.0.1:<port>", no trailing slash. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 (never another interface) that hands each request's full body to `answer`.
 * Unlike the Slack one it can answer without a body: an answer with no `json` gets no content-type.
 * A throwing `answer` becomes a 500 naming the error.
 */
export async function startLoopbackRestServer(
  answer: (req: IncomingMessage, rawBody: Buffer) => Promise<RestAnswer>,
): Promise<LoopbackRestServer> {
  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => answer(req, raw))
      .then(
        (reply) => send(res, reply),
        (error: unknown) => send(res, { status: 500, json: { message: String(error), code: 0 } }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    server,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      // undici keeps connections alive; without this close() waits for them to time out.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, answer: RestAnswer): void {
  if (res.headersSent || res.destroyed) return;
  if (answer.json === undefined) {
    res.writeHead(answer.status, answer.headers);
    res.end();
    return;
  }
  res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
  res.end(JSON.stringify(answer.json));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
