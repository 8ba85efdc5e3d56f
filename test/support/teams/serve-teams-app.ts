import type { IncomingMessage } from "node:http";
import type { TeamsApp } from "../../../adapters/teams/teams-app.js";
import { startLoopbackJsonServer } from "../slack/start-loopback-json-server.js";

/**
 * Stands in for the runtime's HTTP server (issue 18 brings the real one): POST /api/messages on 127.0.0.1,
 * JSON body parsed, handed to the Teams app with the request's headers, its answer written back.
 */
export async function serveTeamsApp(app: TeamsApp) {
  const server = await startLoopbackJsonServer(async (req: IncomingMessage, raw: string) => {
    if (req.method !== "POST" || req.url !== "/api/messages") return { status: 404, json: {} };
    const headers = Object.fromEntries(
      Object.entries(req.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])),
    );
    const answer = await app.handle({ headers, body: JSON.parse(raw) as unknown });
    return { status: answer.status, json: (answer.body ?? {}) as Record<string, unknown> };
  });
  return {
    url: `${server.baseUrl}/api/messages`,
    /** POSTs an activity as Teams would, with `Authorization: Bearer <token>` when a token is given. */
    async post(activity: unknown, token?: string): Promise<{ status: number; body: unknown }> {
      const response = await fetch(`${server.baseUrl}/api/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(activity),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
    close: () => server.close(),
  };
}
