import { describe, expect, it } from "vitest";
import type { HealthCheck } from "../../src/runtime/health-report.js";
import { startHealthServer } from "../../src/runtime/start-health-server.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

async function getHealthz(check?: HealthCheck) {
  const health = await startHealthServer(0, "127.0.0.1", check);
  try {
    const response = await fetch(`http://127.0.0.1:${health.port}/healthz`);
    return { status: response.status, body: (await response.json()) as unknown };
  } finally {
    await health.stop();
  }
}

describe("startHealthServer", () => {
  it("GIVEN a Discord-only deployment's health server THEN /healthz answers 200 and anything else 404", async () => {
    const health = await startHealthServer(0, "127.0.0.1");
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
