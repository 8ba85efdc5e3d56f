import { describe, expect, it } from "vitest";
import { createHttpServer } from "../../src/runtime/http-server.js";
import { metricsResponse } from "../../src/runtime/metrics-exposition.js";
import { createMetricsRegistry } from "../../src/runtime/metrics-registry.js";

describe("GET /metrics", () => {
  it("GIVEN the health server with a registry THEN /metrics is its Prometheus text and /healthz still answers", async () => {
    const { metrics, registry } = createMetricsRegistry();
    metrics.probeRefused("policy");
    const server = createHttpServer({ metrics: registry });
    const health = { port: await server.listen(0, "127.0.0.1"), stop: server.stop };
    try {
      const response = await fetch(`http://127.0.0.1:${health.port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await response.text()).toContain('rdpfix_probe_refusals_total{reason="policy"} 1');
      expect((await fetch(`http://127.0.0.1:${health.port}/healthz`)).status).toBe(200);
    } finally {
      await health.stop();
    }
  });

  it("GIVEN the health server without a registry THEN /metrics is 404 like any other path", async () => {
    const server = createHttpServer();
    const health = { port: await server.listen(0, "127.0.0.1"), stop: server.stop };
    try {
      expect((await fetch(`http://127.0.0.1:${health.port}/metrics`)).status).toBe(404);
    } finally {
      await health.stop();
    }
  });

  it("GIVEN a registry that cannot render THEN the answer is 500 with the reason, not an empty page", async () => {
    const broken = { contentType: "text/plain", metrics: () => Promise.reject(new Error("collector threw")) };
    expect(await metricsResponse(broken)).toEqual({
      status: 500,
      contentType: "text/plain",
      body: "metrics unavailable: collector threw",
    });
  });
});
