import type { IncomingMessage } from "node:http";
import { PUBLIC, withOverrides } from "@microsoft/teams.api";
import { App, type HttpRouteHandler } from "@microsoft/teams.apps";
import { createHttpServer } from "../../src/runtime/http-server.js";
import { teamsIds } from "../../test/support/teams/teams-activities.js";

/**
 * The peer: the Teams SDK (@microsoft/teams.apps 2.0.16) alone, with its own JWT check against the same
 * metadata, a message handler that does nothing, behind the same kind of HTTP server rdp-fix's route sits on.
 */
export async function startBareTeamsApp(openIdMetadataUrl: string) {
  let route: HttpRouteHandler | undefined;
  const app = new App({
    clientId: teamsIds.clientId,
    clientSecret: "",
    tenantId: teamsIds.tenantId,
    token: async () => "unused",
    cloud: withOverrides(PUBLIC, { openIdMetadataUrl }),
    logger: { debug() {}, info() {}, warn() {}, error() {}, trace() {}, log() {}, child: () => silent },
    httpServerAdapter: {
      registerRoute(_method, path, handler) {
        if (path === "/api/messages") route = handler;
      },
    },
  });
  app.on("message", async () => {});
  await app.initialize();
  const http = createHttpServer();
  http.route("/api/messages", (request, response) => {
    void readBody(request)
      .then((body) => {
        const headers = Object.fromEntries(
          Object.entries(request.headers).flatMap(([name, value]) =>
            value === undefined ? [] : [[name, value]],
          ),
        );
        if (!route) throw new Error("the SDK registered no route");
        return route({ headers, body });
      })
      .then(({ status, body }) =>
        response
          .writeHead(status, { "content-type": "application/json" })
          .end(body === undefined ? "" : JSON.stringify(body)),
      );
  });
  const port = await http.listen(0, "127.0.0.1");
  return { url: `http://127.0.0.1:${port}`, stop: () => http.stop() };
}

const silent = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, log() {}, child: () => silent };

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
}
