import { createServer } from "node:http";
import { type HealthCheck, healthReport } from "./health-report.js";
import { type MetricsExposition, metricsResponse } from "./metrics-exposition.js";

/**
 * GET /healthz (and GET /metrics, given a registry) for deployments without the Slack receiver (which serves
 * them itself): the container's HEALTHCHECK, orchestrators and Prometheus call them. Anything else is 404.
 */
export async function startHealthServer(
  port: number,
  host = "0.0.0.0",
  check?: HealthCheck,
  metrics?: MetricsExposition,
): Promise<{ port: number; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") {
      void healthReport(check).then(({ status, body }) =>
        res.writeHead(status, { "content-type": "application/json" }).end(body),
      );
      return;
    }
    if (req.method === "GET" && req.url === "/metrics" && metrics) {
      void metricsResponse(metrics).then(({ status, contentType, body }) =>
        res.writeHead(status, { "content-type": contentType }).end(body),
      );
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address !== null ? address.port : port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
