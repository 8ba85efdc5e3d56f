import pino from "pino";
import { describe, expect, it } from "vitest";
import { pruneOldState } from "../../src/runtime/prune-old-state.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

const day = 24 * 60 * 60 * 1000;

describe("pruneOldState (retention)", () => {
  it("GIVEN audit entries and a finished job older than their keep THEN start-up drops them and keeps the rest", async () => {
    let now = Date.UTC(2026, 11, 1);
    const store = new MemoryStateStore(() => now);
    await store.appendAudit({
      at: new Date(now - 100 * day).toISOString(),
      action: "probe",
      actor: "U",
      platform: "slack",
      outcome: "finished",
    });
    await store.appendAudit({
      at: new Date(now - 10 * day).toISOString(),
      action: "probe",
      actor: "U",
      platform: "slack",
      outcome: "finished",
    });
    const id = await store.enqueueJob({ kind: "slack:click", payload: {}, deadline: now + day });
    await store.claimJob("A", ["slack:click"], 1000);
    await store.finishJob(id, "A", "done");
    await store.enqueueJob({ kind: "slack:click", payload: {}, deadline: now + day });
    now += 2 * day;
    const retention = pruneOldState(
      store,
      { auditDays: 90, longestRateWindowMs: 600_000 },
      pino({ level: "silent" }),
      () => now,
    );
    retention.stop();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await store.listAudit()).map((e) => e.at)).toEqual([new Date(now - 12 * day).toISOString()]);
    expect(await store.countOpenJobs()).toBe(1);
    expect(await store.pruneFinished(now)).toBe(0);
  });
});
