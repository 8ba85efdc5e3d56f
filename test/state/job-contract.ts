import { describe, expect, it } from "vitest";
import type { NewJob } from "../../src/state/job.js";
import { useStore } from "./state-store-contract.js";
import type { StoreSubject } from "./state-store-fixtures.js";

const job = (kind: string, n: number): NewJob => ({ kind, payload: { n }, deadline: 1_800_000_000_000 });

export function describeJobContract(subject: StoreSubject): void {
  describe("jobs", () => {
    const t = useStore(subject);

    it("GIVEN a job THEN one holder claims it, extends its lease, finishes it, and nobody else gets it", async () => {
      const id = await t.store.enqueueJob({ ...job("chat-work", 1), conversation: "C1:1.1" });
      expect(await t.store.claimJob("A", ["probe"], 30_000)).toBeUndefined();
      const claimed = await t.store.claimJob("A", ["probe", "chat-work"], 30_000);
      expect(claimed).toEqual({
        id,
        kind: "chat-work",
        payload: { n: 1 },
        conversation: "C1:1.1",
        deadline: 1_800_000_000_000,
        attempts: 1,
        createdAt: t.clock.now,
      });
      expect(await t.store.claimJob("B", ["chat-work"], 30_000)).toBeUndefined();
      t.clock.now += 20_000;
      expect(await t.store.extendJob(id, "A", 30_000)).toBe(true);
      expect(await t.store.extendJob(id, "B", 30_000)).toBe(false);
      t.clock.now += 20_000;
      expect(await t.store.claimJob("B", ["chat-work"], 30_000)).toBeUndefined();
      await t.store.finishJob(id, "B", "done");
      expect(await t.store.countOpenJobs()).toBe(1);
      await t.store.finishJob(id, "A", "done");
      expect(await t.store.countOpenJobs()).toBe(0);
      expect(await t.store.extendJob(id, "A", 30_000)).toBe(false);
      t.clock.now += 60_000;
      expect(await t.store.claimJob("B", ["chat-work"], 30_000)).toBeUndefined();
    });

    it("GIVEN several pending jobs THEN they are claimed oldest first", async () => {
      const first = await t.store.enqueueJob(job("probe", 1));
      const second = await t.store.enqueueJob(job("probe", 2));
      t.clock.now += 1;
      const third = await t.store.enqueueJob(job("probe", 3));
      const order = [];
      for (let i = 0; i < 3; i++) order.push((await t.store.claimJob("A", ["probe"], 30_000))?.id);
      expect(order).toEqual([first, second, third]);
      expect(await t.store.claimJob("A", ["probe"], 30_000)).toBeUndefined();
      expect(await t.store.countOpenJobs()).toBe(3);
    });

    it("GIVEN a job handed back at shutdown THEN it is pending again and that take does not count", async () => {
      const id = await t.store.enqueueJob(job("probe", 1));
      await t.store.claimJob("A", ["probe"], 30_000);
      await t.store.releaseJob(id, "B");
      expect(await t.store.claimJob("B", ["probe"], 30_000)).toBeUndefined();
      await t.store.releaseJob(id, "A");
      expect(await t.store.claimJob("B", ["probe"], 30_000)).toMatchObject({ id, attempts: 1 });
    });

    it("GIVEN a holder whose job lease expired THEN another claims it with attempts 2 and the first cannot finish it", async () => {
      const id = await t.store.enqueueJob(job("probe", 1));
      await t.store.claimJob("A", ["probe"], 10_000);
      t.clock.now += 10_000;
      expect(await t.store.extendJob(id, "A", 10_000)).toBe(false);
      expect(await t.store.claimJob("B", ["probe"], 10_000)).toMatchObject({
        id,
        attempts: 2,
        payload: { n: 1 },
      });
      await t.store.finishJob(id, "A", "done");
      expect(await t.store.countOpenJobs()).toBe(1);
      await t.store.finishJob(id, "B", "settled");
      expect(await t.store.countOpenJobs()).toBe(0);
    });

    it("GIVEN a holder marks its running job crashed and dies THEN the next take carries the reason, so it is settled, not run", async () => {
      const id = await t.store.enqueueJob(job("probe", 1));
      await t.store.claimJob("A", ["probe"], 10_000);
      expect(await t.store.markJobCrashed(id, "B", "not B's job")).toBe(false);
      expect(await t.store.markJobCrashed(id, "A", "RangeError: Port should be > 0")).toBe(true);
      t.clock.now += 10_000;
      expect(await t.store.claimJob("B", ["probe"], 10_000)).toMatchObject({
        id,
        attempts: 2,
        crashed: "RangeError: Port should be > 0",
      });
      await t.store.finishJob(id, "B", "settled");
      expect(await t.store.markJobCrashed(id, "B", "too late")).toBe(false);
      expect(await t.store.countOpenJobs()).toBe(0);
    });

    it("GIVEN a job handed back at shutdown THEN it carries no crash: only a crash marks it", async () => {
      const id = await t.store.enqueueJob(job("probe", 1));
      await t.store.claimJob("A", ["probe"], 10_000);
      await t.store.releaseJob(id, "A");
      const again = await t.store.claimJob("B", ["probe"], 10_000);
      expect(again).toMatchObject({ id, attempts: 1 });
      expect(again).not.toHaveProperty("crashed");
    });
  });
}
