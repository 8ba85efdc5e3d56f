import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type HealthCheck, healthReport } from "./health-report.js";
import { type MetricsExposition, metricsResponse } from "./metrics-exposition.js";

/** Answers one request; it owns the response from then on. */
export type HttpHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** Where an adapter that needs a webhook attaches it: one path each, on the process's one server. */
export interface HttpRoutes {
  /** Every request to `path` (any method, any query) goes to `handler`; the returned function detaches it. */
  route(path: string, handler: HttpHandler): () => void;
}

export interface HttpServer extends HttpRoutes {
  /** Listens on `port` (0: any free one) and answers with the port it got. */
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export interface HttpServerOptions {
  /** GET /healthz: 200, or 503 when the store cannot be reached. */
  health?: HealthCheck;
  /** GET /metrics, given the process's registry; 404 without one. */
  metrics?: MetricsExposition;
}

/**
 * The process's one HTTP server on PORT, owned by the runtime: /healthz and /metrics for the container's
 * HEALTHCHECK, orchestrators and Prometheus, and one route per adapter that needs a webhook. Routes are
 * attached before `listen`, so nothing reaches a path that is not served yet; anything else is 404.
 */
export function createHttpServer(options: HttpServerOptions = {}): HttpServer {
  const routes = new Map<string, HttpHandler>();
  const builtIn = new Map<string, HttpHandler>([["/healthz", health(options.health)]]);
  if (options.metrics) builtIn.set("/metrics", metrics(options.metrics));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const handler = routes.get(path) ?? (request.method === "GET" ? builtIn.get(path) : undefined);
    try {
      if (handler) return handler(request, response);
    } catch {
      // A handler that throws at once declines the request: Bolt's receiver does so for a method it does not
      // serve (GET on its POST-only URL). Thrown out of here, it would end the process.
      if (response.headersSent) return response.destroy();
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  return {
    route(path, handler) {
      if (routes.has(path) || builtIn.has(path)) throw new Error(`HTTP route ${path} is taken already`);
      routes.set(path, handler);
      return () => void routes.delete(path);
    },
    listen: (port, host = "0.0.0.0") =>
      new Promise<number>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address !== null ? address.port : port);
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };
}

function health(check: HealthCheck | undefined): HttpHandler {
  return (_request, response) =>
    void healthReport(check).then(({ status, body }) =>
      response.writeHead(status, { "content-type": "application/json" }).end(body),
    );
}

function metrics(exposition: MetricsExposition): HttpHandler {
  return (_request, response) =>
    void metricsResponse(exposition).then(({ status, contentType, body }) =>
      response.writeHead(status, { "content-type": contentType }).end(body),
    );
}
