import { describe, expect, it } from "vitest";
import { startHealthServer } from "../../src/runtime/start-health-server.js";

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
});
