import { describe, expect, it } from "vitest";
import { useStore } from "./state-store-contract.js";
import type { StoreSubject } from "./state-store-fixtures.js";

export function describeCoordinationContract(subject: StoreSubject): void {
  describe("delivery dedupe", () => {
    const t = useStore(subject);

    it("GIVEN a key THEN it is a first sighting once, not again until the TTL passes, then once more", async () => {
      expect(await t.store.firstSighting("slack:Ev1", 60_000)).toBe(true);
      expect(await t.store.firstSighting("slack:Ev1", 60_000)).toBe(false);
      expect(await t.store.firstSighting("slack:Ev2", 60_000)).toBe(true);
      t.clock.now += 59_999;
      expect(await t.store.firstSighting("slack:Ev1", 60_000)).toBe(false);
      t.clock.now += 1;
      expect(await t.store.firstSighting("slack:Ev1", 60_000)).toBe(true);
      expect(await t.store.firstSighting("slack:Ev1", 60_000)).toBe(false);
    });

    it("GIVEN work queued with its delivery keys THEN a delivery seen before queues nothing, until the TTL passes", async () => {
      const job = (n: number) => ({ kind: "chat:click", payload: { n }, deadline: t.clock.now + 60_000 });
      expect(await t.store.enqueueFirstDelivery(job(1), ["chat:Ev1"], 60_000)).toEqual(expect.any(String));
      expect(await t.store.enqueueFirstDelivery(job(2), ["chat:Ev1"], 60_000)).toBeUndefined();
      // Any one key seen before makes the delivery a repeat; the keys before it are remembered, as one by one.
      expect(await t.store.enqueueFirstDelivery(job(3), ["chat:Ev2", "chat:Ev1"], 60_000)).toBeUndefined();
      expect(await t.store.firstSighting("chat:Ev2", 60_000)).toBe(false);
      expect(await t.store.enqueueFirstDelivery(job(4), [], 60_000)).toEqual(expect.any(String));
      t.clock.now += 60_000;
      expect(await t.store.enqueueFirstDelivery(job(5), ["chat:Ev1"], 60_000)).toEqual(expect.any(String));
      const payloads: unknown[] = [];
      for (let j = await t.store.claimJob("A", ["chat:click"], 30_000); j; ) {
        payloads.push(j.payload);
        j = await t.store.claimJob("A", ["chat:click"], 30_000);
      }
      expect(payloads).toEqual([{ n: 1 }, { n: 4 }, { n: 5 }]);
    });

    it("GIVEN one delivery queued in parallel many times THEN exactly one job is queued", async () => {
      const job = { kind: "chat:command", payload: {}, deadline: t.clock.now + 60_000 };
      const ids = await Promise.all(
        Array.from({ length: 20 }, () => t.store.enqueueFirstDelivery(job, ["chat:interaction-1"], 60_000)),
      );
      expect(ids.filter((id) => id !== undefined)).toHaveLength(1);
      expect(await t.store.countOpenJobs("chat:command")).toBe(1);
    });

    it("GIVEN many parallel sightings of one key THEN exactly one is first", async () => {
      const answers = await Promise.all(
        Array.from({ length: 40 }, () => t.store.firstSighting("discord:interaction-1", 60_000)),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
    });
  });

  describe("leases", () => {
    const t = useStore(subject);

    it("GIVEN a lease held by A THEN B is refused, A renews and extends, B cannot release it, A can", async () => {
      expect(await t.store.acquireLease("probe-runner", "A", 10_000)).toBe(true);
      expect(await t.store.acquireLease("probe-runner", "B", 10_000)).toBe(false);
      expect(await t.store.acquireLease("probe-runner", "A", 10_000)).toBe(true);
      expect(await t.store.leaseHolder("probe-runner")).toBe("A");
      expect(await t.store.extendLease("probe-runner", "A", 10_000)).toBe(true);
      expect(await t.store.extendLease("probe-runner", "B", 10_000)).toBe(false);
      await t.store.releaseLease("probe-runner", "B");
      expect(await t.store.leaseHolder("probe-runner")).toBe("A");
      await t.store.releaseLease("probe-runner", "A");
      expect(await t.store.leaseHolder("probe-runner")).toBeUndefined();
      expect(await t.store.extendLease("probe-runner", "A", 10_000)).toBe(false);
      expect(await t.store.acquireLease("probe-runner", "B", 10_000)).toBe(true);
      expect(await t.store.leaseHolder("other-lease")).toBeUndefined();
    });

    it("GIVEN A stops renewing THEN its lease expires after the TTL and B takes it over", async () => {
      await t.store.acquireLease("probe-runner", "A", 10_000);
      t.clock.now += 5_000;
      expect(await t.store.extendLease("probe-runner", "A", 10_000)).toBe(true);
      t.clock.now += 9_999;
      expect(await t.store.acquireLease("probe-runner", "B", 10_000)).toBe(false);
      t.clock.now += 1;
      expect(await t.store.leaseHolder("probe-runner")).toBeUndefined();
      expect(await t.store.extendLease("probe-runner", "A", 10_000)).toBe(false);
      expect(await t.store.acquireLease("probe-runner", "B", 10_000)).toBe(true);
      expect(await t.store.acquireLease("probe-runner", "A", 10_000)).toBe(false);
      expect(await t.store.leaseHolder("probe-runner")).toBe("B");
    });
  });

  describe("routing", () => {
    const t = useStore(subject);

    it("GIVEN diagnoses in a channel THEN the latest one is where a handoff goes", async () => {
      expect(await t.store.latestInChannel("C1")).toBeUndefined();
      await t.store.setLatestInChannel("C1", "C1:1.1");
      await t.store.setLatestInChannel("C1", "C1:2.2");
      await t.store.setLatestInChannel("C2", "C2:9.9");
      expect(await t.store.latestInChannel("C1")).toBe("C1:2.2");
      expect(await t.store.latestInChannel("C2")).toBe("C2:9.9");
    });

    it("GIVEN a lost message THEN the next take says so once, however many were lost", async () => {
      expect(await t.store.takeUndelivered("C1:1.1")).toBe(false);
      await t.store.markUndelivered("C1:1.1");
      await t.store.markUndelivered("C1:1.1");
      expect(await t.store.takeUndelivered("C1:2.2")).toBe(false);
      expect(await t.store.takeUndelivered("C1:1.1")).toBe(true);
      expect(await t.store.takeUndelivered("C1:1.1")).toBe(false);
    });
  });
}
