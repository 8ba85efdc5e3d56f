import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StateStore } from "../../src/state/state-store.js";
import { session, testClock } from "./state-store-fixtures.js";

/** What replicas (or the CLI next to serve) rely on: two stores on one database see one state. */
export function describeSharedDatabaseContract(
  openTwo: (clock: () => number) => Promise<[StateStore, StateStore]>,
): void {
  describe("two stores on one database", () => {
    const clock = testClock();
    let one: StateStore;
    let two: StateStore;
    beforeEach(async () => {
      clock.now = 1_700_000_000_000;
      [one, two] = await openTwo(clock.read);
    });
    afterEach(async () => {
      await one.close();
      await two.close();
    });

    it("GIVEN a lease taken through one THEN the other sees its holder and is refused until it expires", async () => {
      expect(await one.acquireLease("probe-runner", "replica-1", 10_000)).toBe(true);
      expect(await two.leaseHolder("probe-runner")).toBe("replica-1");
      expect(await two.acquireLease("probe-runner", "replica-2", 10_000)).toBe(false);
      clock.now += 10_000;
      expect(await two.acquireLease("probe-runner", "replica-2", 10_000)).toBe(true);
      expect(await one.extendLease("probe-runner", "replica-1", 10_000)).toBe(false);
    });

    it("GIVEN uses counted through both THEN one limit holds for the pair (a rate limit across replicas)", async () => {
      const uses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? one : two).takeRateSlot("user:U1", 3, 60_000)),
      );
      expect(uses.filter((u) => u.taken)).toHaveLength(3);
    });

    it("GIVEN a session saved through one THEN the other loads it and its stale save is refused", async () => {
      const v1 = session("C1:1.1");
      await one.saveSession(v1, undefined);
      expect(await two.loadSession("C1:1.1")).toEqual(v1);
      expect(await one.saveSession({ ...v1, version: 2 }, 1)).toBe(true);
      expect(await two.saveSession({ ...v1, version: 2, host: "late.example" }, 1)).toBe(false);
      expect((await two.loadSession("C1:1.1"))?.host).toBe(v1.host);
    });

    it("GIVEN a job enqueued through one THEN the other claims it and the first cannot", async () => {
      const id = await one.enqueueJob({ kind: "probe", payload: {}, deadline: 1_800_000_000_000 });
      expect((await two.claimJob("replica-2", ["probe"], 30_000))?.id).toBe(id);
      expect(await one.claimJob("replica-1", ["probe"], 30_000)).toBeUndefined();
      await two.finishJob(id, "replica-2", "done");
      expect(await one.countOpenJobs()).toBe(0);
    });

    it("GIVEN both claiming many jobs at once THEN every job goes to exactly one of them", async () => {
      const ids = [];
      for (let i = 0; i < 20; i++)
        ids.push(await one.enqueueJob({ kind: "probe", payload: { i }, deadline: 1_800_000_000_000 }));
      const claims = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 2 === 0
            ? one.claimJob("replica-1", ["probe"], 30_000)
            : two.claimJob("replica-2", ["probe"], 30_000),
        ),
      );
      const claimed = claims.flatMap((job) => (job ? [job.id] : []));
      expect(claimed.sort()).toEqual([...ids].sort());
      expect(claims.every((job) => job === undefined || job.attempts === 1)).toBe(true);
    });

    it("GIVEN both seeing one delivery at once THEN exactly one of them handles it", async () => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? one : two).firstSighting("slack:Ev1", 60_000)),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
    });
  });
}
