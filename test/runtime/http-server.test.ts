import { describe, expect, it } from "vitest";
import type { HealthCheck } from "../../src/runtime/health-report.js";
import { createHttpServer, type HttpServerOptions } from "../../src/runtime/http-server.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

/** The runtime's server on a free loopback port, with what it serves. */
async function startHttpServer(options: HttpServerOptions = {}) {
  const server = createHttpServer(options);
  const port = await server.listen(0, "127.0.0.1");
  return { port, stop: server.stop };
}

async function getHealthz(check?: HealthCheck) {
  const health = await startHttpServer(check ? { health: check } : {});
  try {
    const response = await fetch(`http://127.0.0.1:${health.port}/healthz`);
    return { status: response.status, body: (await response.json()) as unknown };
  } finally {
    await health.stop();
  }
}

describe("the HTTP server: health", () => {
  it("GIVEN no adapter attached a route THEN /healthz answers 200 and anything else 404", async () => {
    const health = await startHttpServer();
    try {
      expect((await fetch(`http://127.0.0.1:${health.port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${health.port}/slack/events`)).status).toBe(404);
    } finally {
      await health.stop();
    }
  });

  it("GIVEN a store that answers THEN /healthz is 200 with the store's health", async () => {
    const store = new MemoryStateStore();
    expect(await getHealthz(() => store.health())).toEqual({
      status: 200,
      body: { ok: true, store: { kind: "memory", ok: true } },
    });
  });

  it("GIVEN a store that says it is not ok THEN /healthz is 503 with its problem", async () => {
    const problem = "PostgreSQL at db.internal:5432 refused the connection";
    expect(await getHealthz(async () => ({ kind: "postgres", ok: false, problem }))).toEqual({
      status: 503,
      body: { ok: false, store: { kind: "postgres", ok: false, problem } },
    });
  });

  it("GIVEN a health check that throws THEN /healthz is 503 with the error's message", async () => {
    const result = await getHealthz(async () => {
      throw new Error("database is locked");
    });
    expect(result).toMatchObject({
      status: 503,
      body: { ok: false, store: { problem: "database is locked" } },
    });
  });
});

describe("the HTTP server: routes of adapters", () => {
  it("GIVEN a route attached THEN every method on its path reaches it, with the query, and detaching it makes it 404", async () => {
    const server = createHttpServer();
    const seen: string[] = [];
    const detach = server.route("/hooks/chat", (request, response) => {
      seen.push(`${request.method} ${request.url}`);
      response.writeHead(202).end();
    });
    const port = await server.listen(0, "127.0.0.1");
    try {
      expect((await fetch(`http://127.0.0.1:${port}/hooks/chat?x=1`, { method: "POST" })).status).toBe(202);
      expect(seen).toEqual(["POST /hooks/chat?x=1"]);
      detach();
      expect((await fetch(`http://127.0.0.1:${port}/hooks/chat`, { method: "POST" })).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it("GIVEN a path already served THEN a second route for it is refused", () => {
    const server = createHttpServer();
    server.route("/hooks/chat", (_request, response) => response.end());
    expect(() => server.route("/hooks/chat", (_request, response) => response.end())).toThrow(/taken/);
    expect(() => server.route("/healthz", (_request, response) => response.end())).toThrow(/taken/);
  });
});
