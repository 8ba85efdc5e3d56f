import { describe, expect, it, vi } from "vitest";
import { leasedLock } from "../../src/runtime/leased-lock.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { StateError } from "../../src/state/state-error.js";
import { testClock } from "../state/state-store-fixtures.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tasks that note how many of them run at once, per key. */
function overlapRecorder() {
  const active = new Map<string, number>();
  const most = new Map<string, number>();
  let mostOverall = 0;
  const task = (key: string) => async () => {
    const now = (active.get(key) ?? 0) + 1;
    active.set(key, now);
    most.set(key, Math.max(most.get(key) ?? 0, now));
    mostOverall = Math.max(
      mostOverall,
      [...active.values()].reduce((a, b) => a + b, 0),
    );
    await pause(15);
    active.set(key, (active.get(key) ?? 1) - 1);
    return key;
  };
  return { task, most, mostOverall: () => mostOverall };
}

describe("leased lock", () => {
  it("GIVEN two replicas on one store THEN one key's tasks never overlap, while different keys run in parallel", async () => {
    const store = new MemoryStateStore();
    const a = leasedLock({ store, replicaId: "replica-a", ttlMs: 1_000 });
    const b = leasedLock({ store, replicaId: "replica-b", ttlMs: 1_000 });
    const r = overlapRecorder();
    const sameKey = [a, b, a, b].map((lock) => lock.run("slack:C1:1.1", r.task("slack:C1:1.1")));
    expect(await Promise.all(sameKey)).toHaveLength(4);
    expect(r.most.get("slack:C1:1.1")).toBe(1);

    const otherKeys = await Promise.all([
      a.run("slack:C1:2.2", r.task("slack:C1:2.2")),
      b.run("slack:C1:3.3", r.task("slack:C1:3.3")),
    ]);
    expect(otherKeys).toEqual(["slack:C1:2.2", "slack:C1:3.3"]);
    expect(r.mostOverall()).toBe(2);
  });

  it("GIVEN a lease left by a holder that died THEN the task waits until it expires, then runs", async () => {
    const clock = testClock();
    const store = new MemoryStateStore(clock.read);
    await store.acquireLease("lock:slack:C1:1.1", "replica-dead#1", 100);
    const lock = leasedLock({ store, replicaId: "replica-a", waitMs: 5_000 });
    let ran = false;
    const done = lock.run("slack:C1:1.1", async () => {
      ran = true;
    });
    await pause(50);
    expect(ran).toBe(false);
    clock.now += 101;
    await done;
    expect(ran).toBe(true);
  });

  it("GIVEN another holder keeps the lease past waitMs THEN the task fails with STATE_LOCK_TIMEOUT and never runs", async () => {
    const store = new MemoryStateStore();
    await store.acquireLease("lock:slack:C1:1.1", "replica-b#1", 60_000);
    const lock = leasedLock({ store, replicaId: "replica-a", waitMs: 50 });
    const task = vi.fn(async () => {});
    const error = await lock.run("slack:C1:1.1", task).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateError);
    expect(error).toMatchObject({ code: "STATE_LOCK_TIMEOUT" });
    expect(task).not.toHaveBeenCalled();
  });
});
