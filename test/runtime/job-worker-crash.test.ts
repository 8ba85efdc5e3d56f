import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentJobId } from "../../src/runtime/job-scope.js";
import { createJobWorker, type GiveUpReason, type JobHandler } from "../../src/runtime/job-worker.js";
import type { ClaimedJob } from "../../src/state/job.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { testClock } from "../state/state-store-fixtures.js";

const kind = "probe";
const leaseMs = 1_000;

/**
 * A handler whose run reports the job scope its own timer callback sees (where a bug would throw from),
 * then never ends, as a probe run whose callback threw never does. `giveUp` fails while `failGiveUp` is set.
 */
function crashingHandler() {
  const scopes: Array<string | undefined> = [];
  const ran: ClaimedJob[] = [];
  const gaveUp: Array<{ id: string; reason: GiveUpReason }> = [];
  const state = { failGiveUp: false };
  const handler: JobHandler = {
    run: (job) =>
      new Promise<void>(() => {
        ran.push(job);
        setTimeout(() => scopes.push(currentJobId()), 1);
      }),
    async giveUp(job, reason) {
      if (state.failGiveUp) throw new Error("the chat platform is down");
      gaveUp.push({ id: job.id, reason });
    },
  };
  return { handler, scopes, ran, gaveUp, state };
}

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function worker(
  store: MemoryStateStore,
  clock: ReturnType<typeof testClock>,
  handler: JobHandler,
  id: string,
) {
  const started = createJobWorker({
    store,
    replicaId: id,
    handlers: new Map([[kind, handler]]),
    logger: pino({ level: "silent" }),
    leaseMs,
    pollMs: 10,
    clock: clock.read,
  });
  stops.push(() => started.stop(50));
  started.start();
  return started;
}

describe("job worker: a job whose code crashed", () => {
  it("GIVEN a running job THEN callbacks its run schedules still name it, so an uncaught error can be laid at its door", async () => {
    const clock = testClock();
    const store = new MemoryStateStore(clock.read);
    const h = crashingHandler();
    const id = await store.enqueueJob({ kind, payload: {}, deadline: clock.now + 60_000 });
    worker(store, clock, h.handler, "replica-a");
    await vi.waitFor(() => expect(h.scopes).toEqual([id]));
    expect(currentJobId()).toBeUndefined();
  });

  it("GIVEN settleCrashed on a running job THEN it is given up as crashed and settled at once, its slot freed, and only once", async () => {
    const clock = testClock();
    const store = new MemoryStateStore(clock.read);
    const h = crashingHandler();
    const id = await store.enqueueJob({ kind, payload: {}, deadline: clock.now + 60_000 });
    const a = worker(store, clock, h.handler, "replica-a");
    await vi.waitFor(() => expect(a.running).toBe(1));
    expect(await a.settleCrashed(id, new RangeError("Port should be > 0"))).toBe("settled");
    expect(h.gaveUp).toEqual([{ id, reason: "crashed" }]);
    expect(await store.countOpenJobs()).toBe(0);
    expect(a.running).toBe(0);
    expect(await a.settleCrashed(id, new RangeError("the same bug's next timer"))).toBe("already-settled");
    expect(await a.settleCrashed("no-such-job", new Error("x"))).toBe("not-running");
    expect(h.gaveUp).toHaveLength(1);
  });

  it("GIVEN the conversation cannot be told at the crash THEN the mark stays, and the next take settles the job instead of running it again", async () => {
    const clock = testClock();
    const store = new MemoryStateStore(clock.read);
    const h = crashingHandler();
    const id = await store.enqueueJob({ kind, payload: {}, deadline: clock.now + 60_000 });
    const a = worker(store, clock, h.handler, "replica-a");
    await vi.waitFor(() => expect(a.running).toBe(1));
    h.state.failGiveUp = true;
    expect(await a.settleCrashed(id, new RangeError("Port should be > 0"))).toBe("settled");
    expect(await store.countOpenJobs()).toBe(1);
    await a.stop(50);

    // The crashed holder no longer renews its lease; once it runs out, another replica takes the job.
    h.state.failGiveUp = false;
    clock.now += leaseMs + 1;
    worker(store, clock, h.handler, "replica-b");
    await vi.waitFor(async () => expect(await store.countOpenJobs()).toBe(0));
    expect(h.ran.map((job) => job.attempts)).toEqual([1]);
    expect(h.gaveUp).toEqual([{ id, reason: "crashed" }]);
  });
});
