import { createServer } from "node:http";
import { type HealthCheck, healthReport } from "./health-report.js";

/**
 * GET /healthz for deployments without the Slack receiver (which serves it itself): the container's
 * HEALTHCHECK and orchestrators probe it. Anything else is 404.
 */
export async function startHealthServer(
  port: number,
  host = "0.0.0.0",
  check?: HealthCheck,
): Promise<{ port: number; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/healthz") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    void healthReport(check).then(({ status, body }) =>
      res.writeHead(status, { "content-type": "application/json" }).end(body),
    );
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
