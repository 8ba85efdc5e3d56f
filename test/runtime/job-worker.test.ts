import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AckPressure } from "../../src/runtime/ack-pressure.js";
import { createJobWorker, type GiveUpReason, type JobHandler } from "../../src/runtime/job-worker.js";
import type { ClaimedJob } from "../../src/state/job.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { testClock } from "../state/state-store-fixtures.js";

const kind = "chat-work";
const leaseMs = 1_000;

/** A handler that records what the worker asked of it; `run` does whatever the test gives it. */
function recordingHandler(run: (job: ClaimedJob) => Promise<void> = async () => {}) {
  const ran: ClaimedJob[] = [];
  const gaveUp: Array<{ job: ClaimedJob; reason: GiveUpReason }> = [];
  const handler: JobHandler = {
    async run(job) {
      ran.push(job);
      await run(job);
    },
    async giveUp(job, reason) {
      gaveUp.push({ job, reason });
    },
  };
  return { handler, ran, gaveUp };
}

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Ack pressure the test switches by hand: busy for `busyMs` from now on, whatever the clock says. */
function switchedPressure(): AckPressure & { busyMs: number } {
  const pressure = { busyMs: 0, acked: () => {}, busyForMs: () => pressure.busyMs };
  return pressure;
}

interface HarnessOptions {
  concurrency?: number;
  pollMs?: number;
  ackPressure?: AckPressure;
  maxHoldMs?: number;
}

function harness(handler: JobHandler, options: HarnessOptions = {}) {
  const clock = testClock();
  const store = new MemoryStateStore(clock.read);
  const worker = createJobWorker({
    store,
    replicaId: "replica-a",
    handlers: new Map([[kind, handler]]),
    logger: pino({ level: "silent" }),
    leaseMs,
    pollMs: options.pollMs ?? 10,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.ackPressure ? { ackPressure: options.ackPressure } : {}),
    ...(options.maxHoldMs === undefined ? {} : { maxHoldMs: options.maxHoldMs }),
    clock: clock.read,
  });
  stops.push(() => worker.stop(50));
  const enqueue = (n = 1, deadline = clock.now + 60_000) =>
    store.enqueueJob({ kind, payload: { n }, conversation: "slack:C1:1.1", deadline });
  /** Another replica takes the job and dies: its lease runs out without being renewed. */
  const dieHolding = async (holder: string) => {
    expect(await store.claimJob(holder, [kind], leaseMs)).toBeDefined();
    clock.now += leaseMs + 1;
  };
  return { clock, store, worker, enqueue, dieHolding };
}

describe("job worker", () => {
  it("GIVEN a job whose holder died THEN the worker runs it again with attempts 2", async () => {
    const h = recordingHandler();
    const t = harness(h.handler);
    await t.enqueue();
    await t.dieHolding("replica-dead");
    t.worker.start();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0));
    expect(h.ran.map((j) => j.attempts)).toEqual([2]);
    expect(h.gaveUp).toEqual([]);
  });

  it("GIVEN a job whose holder died twice THEN it is given up as interrupted and settled, not run", async () => {
    const h = recordingHandler();
    const t = harness(h.handler);
    await t.enqueue();
    await t.dieHolding("replica-dead-1");
    await t.dieHolding("replica-dead-2");
    t.worker.start();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0));
    expect(h.ran).toEqual([]);
    expect(h.gaveUp.map((g) => [g.reason, g.job.attempts])).toEqual([["interrupted", 3]]);
  });

  it("GIVEN a job whose deadline passed THEN it is given up with reason deadline, not run", async () => {
    const h = recordingHandler();
    const t = harness(h.handler);
    await t.enqueue(1, t.clock.now - 1);
    t.worker.start();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0));
    expect(h.ran).toEqual([]);
    expect(h.gaveUp.map((g) => g.reason)).toEqual(["deadline"]);
  });

  it("GIVEN a handler that throws THEN the job is given up as failed and settled", async () => {
    const h = recordingHandler(async () => {
      throw new Error("bug in the handler");
    });
    const t = harness(h.handler);
    await t.enqueue();
    t.worker.start();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0));
    expect(h.ran).toHaveLength(1);
    expect(h.gaveUp.map((g) => g.reason)).toEqual(["failed"]);
  });

  it("GIVEN a concurrency of 2 and 5 jobs THEN never more than 2 run at once and all 5 finish", async () => {
    let active = 0;
    let most = 0;
    const h = recordingHandler(async () => {
      most = Math.max(most, ++active);
      await new Promise((resolve) => setTimeout(resolve, 20));
      active--;
    });
    // A long poll: freed slots must be refilled by the finishing jobs, not by the next poll.
    const t = harness(h.handler, { concurrency: 2, pollMs: 60_000 });
    for (let n = 1; n <= 5; n++) await t.enqueue(n);
    t.worker.start();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0), { timeout: 1_000 });
    expect(most).toBe(2);
    expect(h.ran.map((j) => j.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
  });

  it("GIVEN stop with a job still running past the grace THEN it is handed back, claimable with its take not counted", async () => {
    let finish = () => {};
    const h = recordingHandler(() => new Promise<void>((resolve) => (finish = resolve)));
    const t = harness(h.handler);
    const id = await t.enqueue();
    t.worker.start();
    await vi.waitFor(() => expect(h.ran).toHaveLength(1));
    await t.worker.stop(30);
    expect(await t.store.countOpenJobs()).toBe(1);
    expect(await t.store.claimJob("replica-b", [kind], leaseMs)).toMatchObject({ id, attempts: 1 });
    // The late finish on the stopped replica must not end the job the other replica now holds.
    finish();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await t.store.countOpenJobs()).toBe(1);
    expect(h.gaveUp).toEqual([]);
  });

  it("GIVEN an idle worker with a long poll THEN wake() starts a queued job at once", async () => {
    const h = recordingHandler();
    const t = harness(h.handler, { pollMs: 60_000 });
    t.worker.start();
    // Let the first look at the empty store finish, so the job below can only start through wake().
    await vi.waitFor(() => expect(t.worker.running).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await t.enqueue();
    t.worker.wake();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0), { timeout: 1_000 });
    expect(h.ran).toHaveLength(1);
  });

  it("GIVEN a job queued while the worker is busy claiming THEN wake() still starts it without waiting for the poll", async () => {
    const h = recordingHandler();
    // A store round trip that takes a while (a remote database): the worker's first look is still in flight
    // when the job is queued and the worker woken.
    class SlowClaimStore extends MemoryStateStore {
      override async claimJob(...args: Parameters<MemoryStateStore["claimJob"]>) {
        const job = await super.claimJob(...args);
        await new Promise((resolve) => setTimeout(resolve, 30));
        return job;
      }
    }
    const store = new SlowClaimStore();
    const worker = createJobWorker({
      store,
      replicaId: "replica-a",
      handlers: new Map([[kind, h.handler]]),
      logger: pino({ level: "silent" }),
      pollMs: 60_000,
    });
    stops.push(() => worker.stop(50));
    worker.start();
    await store.enqueueJob({ kind, payload: {}, deadline: Date.now() + 60_000 });
    worker.wake();
    await vi.waitFor(async () => expect(await store.countOpenJobs()).toBe(0), { timeout: 1_000 });
    expect(h.ran).toHaveLength(1);
  });

  it("GIVEN requests being acknowledged THEN a queued job waits until they stop, then starts without waiting for the poll", async () => {
    const h = recordingHandler();
    const pressure = switchedPressure();
    pressure.busyMs = 20;
    const t = harness(h.handler, { pollMs: 60_000, ackPressure: pressure });
    await t.enqueue();
    t.worker.start();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(h.ran).toEqual([]);
    pressure.busyMs = 0;
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0), { timeout: 1_000 });
    expect(h.ran).toHaveLength(1);
  });

  it("GIVEN requests that never stop THEN a queued job is held for maxHoldMs at most, then runs", async () => {
    const h = recordingHandler();
    const pressure = switchedPressure();
    pressure.busyMs = 20;
    const t = harness(h.handler, { pollMs: 60_000, ackPressure: pressure, maxHoldMs: 5_000 });
    await t.enqueue();
    t.worker.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.ran).toEqual([]);
    t.clock.now += 5_000;
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0), { timeout: 1_000 });
    expect(h.ran).toHaveLength(1);
  });

  it("GIVEN a job already running when requests arrive THEN it goes on; only new jobs wait", async () => {
    let release = () => {};
    const firstWaits = (job: ClaimedJob) =>
      (job.payload as { n: number }).n === 1
        ? new Promise<void>((resolve) => (release = resolve))
        : Promise.resolve();
    const h = recordingHandler(firstWaits);
    const pressure = switchedPressure();
    const t = harness(h.handler, { pollMs: 60_000, ackPressure: pressure });
    await t.enqueue(1);
    t.worker.start();
    await vi.waitFor(() => expect(h.ran).toHaveLength(1));
    pressure.busyMs = 20;
    await t.enqueue(2);
    t.worker.wake();
    release();
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.ran.map((j) => j.payload)).toEqual([{ n: 1 }]);
    pressure.busyMs = 0;
    await vi.waitFor(async () => expect(await t.store.countOpenJobs()).toBe(0), { timeout: 1_000 });
    expect(h.ran.map((j) => j.payload)).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
