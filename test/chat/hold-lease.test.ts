import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type HeldLease, holdLease } from "../../src/chat/hold-lease.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import type { StateStore } from "../../src/state/state-store.js";
import { testClock } from "../state/state-store-fixtures.js";

const ttlMs = 150;
const everyMs = 20;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type LeaseStore = Pick<StateStore, "acquireLease" | "extendLease" | "releaseLease">;

/** A replica's view of the shared store that can die: after `kill()` none of its calls reach the store. */
function mortal(store: LeaseStore) {
  let dead = false;
  const guard = <T>(call: () => Promise<T>) => (dead ? Promise.reject(new Error("replica is dead")) : call());
  const view: LeaseStore = {
    acquireLease: (...a) => guard(() => store.acquireLease(...a)),
    extendLease: (...a) => guard(() => store.extendLease(...a)),
    releaseLease: (...a) => guard(() => store.releaseLease(...a)),
  };
  return { view, kill: () => (dead = true) };
}

const leases: HeldLease[] = [];
afterEach(async () => {
  for (const lease of leases.splice(0)) await lease.stop();
});

async function replica(store: LeaseStore, holder: string) {
  const events: string[] = [];
  const lease = await holdLease({
    store,
    name: "discord-gateway",
    holder,
    logger: pino({ level: "silent" }),
    ttlMs,
    everyMs,
    onAcquired: async () => void events.push("acquired"),
    onLost: async () => void events.push("lost"),
  });
  leases.push(lease);
  return { lease, events };
}

describe("holdLease", () => {
  it("GIVEN two replicas THEN the first takes the lease once and keeps it; the second waits", async () => {
    const store = new MemoryStateStore();
    const a = await replica(store, "replica-a");
    const b = await replica(store, "replica-b");
    await pause(everyMs * 4);
    expect(a.lease.held).toBe(true);
    expect(a.events).toEqual(["acquired"]);
    expect(b.lease.held).toBe(false);
    expect(b.events).toEqual([]);
  });

  it("GIVEN the holder dies without releasing THEN the other waits for the lease to expire, then takes over on its next round", async () => {
    const clock = testClock();
    const store = new MemoryStateStore(clock.read);
    const mortalA = mortal(store);
    const a = await replica(mortalA.view, "replica-a");
    const b = await replica(store, "replica-b");
    expect(a.lease.held).toBe(true);
    mortalA.kill();
    // Several of B's rounds on the store's clock before the TTL: the lease is still A's.
    await pause(everyMs * 4);
    expect(b.lease.held).toBe(false);
    expect(await store.leaseHolder("discord-gateway")).toBe("replica-a");
    clock.now += ttlMs + 1;
    await vi.waitFor(() => expect(b.lease.held).toBe(true), { timeout: 1_000, interval: 5 });
    expect(b.events).toEqual(["acquired"]);
    expect(await store.leaseHolder("discord-gateway")).toBe("replica-b");
  });

  it("GIVEN the holder stops THEN it gives the lease up at once and the other takes it on its next round", async () => {
    const clock = testClock();
    const store = new MemoryStateStore(clock.read);
    const a = await replica(store, "replica-a");
    const b = await replica(store, "replica-b");
    await a.lease.stop();
    expect(a.events).toEqual(["acquired", "lost"]);
    // The store's clock does not move: B gets the lease because A released it, not because it expired.
    await vi.waitFor(() => expect(b.lease.held).toBe(true), { timeout: 1_000, interval: 5 });
    expect(b.events).toEqual(["acquired"]);
  });
});
