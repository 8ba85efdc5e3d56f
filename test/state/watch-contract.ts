import { describe, expect, it } from "vitest";
import type { NewWatch } from "../../src/state/watch.js";
import { useStore } from "./state-store-contract.js";
import type { StoreSubject } from "./state-store-fixtures.js";

const hour = 3_600_000;

function newWatch(host: string, firstDue: number, overrides: Partial<NewWatch> = {}): NewWatch {
  return { host, port: 3389, owner: "terminal:alice", intervalMs: 6 * hour, firstDue, ...overrides };
}

/** Watches: added, listed, removed, and each due check claimed by one holder until its lease runs out. */
export function describeWatchContract(subject: StoreSubject): void {
  describe("watches", () => {
    const it$ = useStore(subject);

    it("GIVEN a watch added twice with other settings THEN it is one watch with the new settings, listed by host then port", async () => {
      const { store, clock } = it$;
      const report = { platform: "chat-a", conversation: "C42" };
      expect(await store.watches.putWatch(newWatch("host42", clock.now, { reportTo: report }))).toBe("added");
      expect(await store.watches.putWatch(newWatch("host07", clock.now, { port: 3390 }))).toBe("added");
      expect(await store.watches.putWatch(newWatch("host42", clock.now + hour, { intervalMs: hour }))).toBe(
        "updated",
      );
      const watches = await store.watches.listWatches();
      expect(watches.map((w) => [w.host, w.port, w.intervalMs])).toEqual([
        ["host07", 3390, 6 * hour],
        ["host42", 3389, hour],
      ]);
      // Re-adding without a report target means "report to no one", and an earlier due time is kept.
      expect(watches[1]).toEqual({
        host: "host42",
        port: 3389,
        owner: "terminal:alice",
        intervalMs: hour,
        nextDue: clock.now,
        createdAt: clock.now,
      });
      expect(await store.watches.removeWatch({ host: "host42", port: 3389 })).toBe(true);
      expect(await store.watches.removeWatch({ host: "host42", port: 3389 })).toBe(false);
      expect((await store.watches.listWatches()).map((w) => w.host)).toEqual(["host07"]);
    });

    it("GIVEN a due watch THEN one holder claims it, nobody else while the lease lives, and a finished check is due one interval later with its result", async () => {
      const { store, clock } = it$;
      await store.watches.putWatch(newWatch("host42", clock.now));
      await store.watches.putWatch(newWatch("later", clock.now + hour));
      const claimed = await store.watches.claimDueWatch("replica-a", 30_000);
      expect(claimed?.host).toBe("host42");
      expect(await store.watches.claimDueWatch("replica-b", 30_000)).toBeUndefined();
      clock.now += 5_000;
      const result = { certificate: { notAfter: "2027-01-01T00:00:00.000Z" }, findings: ["tcp.open"] };
      expect(await store.watches.finishWatchCheck({ host: "host42", port: 3389 }, "replica-a", result)).toBe(
        true,
      );
      const watched = (await store.watches.listWatches()).find((w) => w.host === "host42");
      expect(watched).toMatchObject({ host: "host42", lastResult: result, lastCheckedAt: clock.now });
      expect(watched?.nextDue).toBe(clock.now + 6 * hour);
      expect(await store.watches.claimDueWatch("replica-b", 30_000)).toBeUndefined();
      clock.now += hour;
      expect((await store.watches.claimDueWatch("replica-b", 30_000))?.host).toBe("later");
    });

    it("GIVEN claimed checks THEN the running ones are counted until each is finished or its lease ends", async () => {
      const { store, clock } = it$;
      await store.watches.putWatch(newWatch("host42", clock.now));
      await store.watches.putWatch(newWatch("host07", clock.now));
      expect(await store.watches.countRunningChecks()).toBe(0);
      await store.watches.claimDueWatch("replica-a", 30_000);
      clock.now += 10_000;
      const second = await store.watches.claimDueWatch("replica-b", 30_000);
      expect(await store.watches.countRunningChecks()).toBe(2);
      await store.watches.finishWatchCheck({ host: second?.host ?? "", port: 3389 }, "replica-b", {});
      expect(await store.watches.countRunningChecks()).toBe(1);
      clock.now += 20_000;
      expect(await store.watches.countRunningChecks()).toBe(0);
    });

    it("GIVEN a holder that died mid-check THEN the check is claimed again after the lease, and the dead holder's late result is refused", async () => {
      const { store, clock } = it$;
      await store.watches.putWatch(newWatch("host42", clock.now));
      expect(await store.watches.claimDueWatch("dead", 30_000)).toBeDefined();
      clock.now += 29_999;
      expect(await store.watches.claimDueWatch("replica-b", 30_000)).toBeUndefined();
      clock.now += 1;
      expect((await store.watches.claimDueWatch("replica-b", 30_000))?.host).toBe("host42");
      expect(
        await store.watches.finishWatchCheck({ host: "host42", port: 3389 }, "dead", { late: true }),
      ).toBe(false);
      expect(
        await store.watches.finishWatchCheck({ host: "host42", port: 3389 }, "replica-b", { ok: 1 }),
      ).toBe(true);
      expect((await store.watches.listWatches())[0]?.lastResult).toEqual({ ok: 1 });
    });

    if (subject.openTwo) {
      const openTwo = subject.openTwo;
      it("GIVEN two processes on one database claiming one due check at once, many times THEN exactly one gets it each time", async () => {
        const clock = { now: 1_700_000_000_000 };
        const [one, two] = await openTwo(() => clock.now);
        try {
          for (let round = 0; round < 20; round++) {
            await one.watches.putWatch(newWatch(`host${round}`, clock.now));
            const claims = await Promise.all([
              one.watches.claimDueWatch("one", 30_000),
              two.watches.claimDueWatch("two", 30_000),
            ]);
            expect(claims.filter((c) => c !== undefined).map((c) => c?.host)).toEqual([`host${round}`]);
            const holder = claims[0] ? "one" : "two";
            expect(await one.watches.finishWatchCheck({ host: `host${round}`, port: 3389 }, holder, {})).toBe(
              true,
            );
          }
        } finally {
          await one.close();
          await two.close();
        }
      });
    }
  });
}
