import pino from "pino";
import { createHttpServer } from "../../../src/runtime/http-server.js";
import { type JsonAnswer, jsonPostHandler } from "../../../src/runtime/json-post-handler.js";

/**
 * The Teams app alone on the runtime's HTTP server: POST /api/messages on 127.0.0.1, JSON body parsed,
 * handed to the Teams app with the request's headers, its answer written back.
 */
export async function serveTeamsApp(
  handle: (request: { headers: Record<string, string | string[]>; body: unknown }) => Promise<JsonAnswer>,
) {
  const http = createHttpServer();
  const logger = pino({ level: "silent" });
  http.route("/api/messages", jsonPostHandler(handle, { maxBodyBytes: 1 << 20, logger }));
  const baseUrl = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
  return {
    url: `${baseUrl}/api/messages`,
    /** POSTs an activity as Teams would, with `Authorization: Bearer <token>` when a token is given. */
    async post(activity: unknown, token?: string): Promise<{ status: number; body: unknown }> {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(activity),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
    close: () => http.stop(),
  };
}
