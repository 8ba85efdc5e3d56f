import { describe, expect, it } from "vitest";
import { healthReport } from "../../src/runtime/health-report.js";

describe("healthReport", () => {
  it("GIVEN no store check (a bot without a store) THEN it is 200 ok", async () => {
    expect(await healthReport(undefined)).toEqual({ status: 200, body: JSON.stringify({ ok: true }) });
  });

  it("GIVEN a check that rejects with something other than an Error THEN it is 503 and says what it was", async () => {
    const report = await healthReport(() => Promise.reject("connection reset"));
    expect(report.status).toBe(503);
    expect(JSON.parse(report.body)).toMatchObject({
      ok: false,
      store: { ok: false, problem: "connection reset" },
    });
  });
});
