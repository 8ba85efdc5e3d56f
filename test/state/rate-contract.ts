import { describe, expect, it } from "vitest";
import { useStore } from "./state-store-contract.js";
import type { StoreSubject } from "./state-store-fixtures.js";

export function describeRateContract(subject: StoreSubject): void {
  describe("rate slots", () => {
    const t = useStore(subject);

    it("GIVEN a limit of 2 in 10 minutes THEN the third use is refused until the oldest leaves the window", async () => {
      const window = 10 * 60_000;
      const first = t.clock.now;
      expect(await t.store.takeRateSlot("user:U1", 2, window)).toEqual({ taken: true });
      t.clock.now += 60_000;
      expect(await t.store.takeRateSlot("user:U1", 2, window)).toEqual({ taken: true });
      expect(await t.store.takeRateSlot("user:U1", 2, window)).toEqual({
        taken: false,
        retryAt: first + window,
      });
      expect(await t.store.takeRateSlot("user:U2", 2, window)).toEqual({ taken: true });
      t.clock.now = first + window;
      expect(await t.store.takeRateSlot("user:U1", 2, window)).toEqual({ taken: true });
      expect(await t.store.takeRateSlot("user:U1", 2, window)).toMatchObject({ taken: false });
    });

    it("GIVEN many parallel uses of one key THEN exactly the limit is taken", async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => t.store.takeRateSlot("host:10.0.0.5", 5, 60_000)),
      );
      expect(answers.filter((a) => a.taken)).toHaveLength(5);
    });

    it("GIVEN open jobs of two kinds THEN they are counted per kind", async () => {
      await t.store.enqueueJob({ kind: "run-probes", payload: {}, deadline: t.clock.now + 60_000 });
      await t.store.enqueueJob({ kind: "run-probes", payload: {}, deadline: t.clock.now + 60_000 });
      await t.store.enqueueJob({ kind: "slack:click", payload: {}, deadline: t.clock.now + 60_000 });
      expect(await t.store.countOpenJobs("run-probes")).toBe(2);
      expect(await t.store.countOpenJobs("slack:click")).toBe(1);
      expect(await t.store.countOpenJobs()).toBe(3);
    });

    it("GIVEN finished, open and old records THEN pruning drops only the finished jobs and stale uses before the cut", async () => {
      const deadline = t.clock.now + 60_000;
      const done = await t.store.enqueueJob({ kind: "slack:click", payload: {}, deadline });
      await t.store.enqueueJob({ kind: "slack:click", payload: {}, deadline });
      const claimed = await t.store.claimJob("A", ["slack:click"], 10_000);
      expect(claimed?.id).toBe(done);
      await t.store.finishJob(done, "A", "done");
      await t.store.takeRateSlot("user:U1", 1, 60_000);
      t.clock.now += 120_000;
      await t.store.enqueueJob({ kind: "slack:click", payload: {}, deadline: t.clock.now + 60_000 });
      expect(await t.store.pruneFinished(t.clock.now - 1)).toBe(1);
      expect(await t.store.countOpenJobs()).toBe(2);
      // The old use is gone, so the window is free again.
      expect(await t.store.takeRateSlot("user:U1", 1, 24 * 60 * 60_000)).toEqual({ taken: true });
    });
  });
}
