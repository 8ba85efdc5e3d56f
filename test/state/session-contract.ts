import { describe, expect, it } from "vitest";
import type { Session } from "../../src/engine/index.js";
import { useStore } from "./state-store-contract.js";
import { type StoreSubject, session } from "./state-store-fixtures.js";

const probeJob = (s: Session) => ({
  kind: "probe",
  payload: { host: s.host, port: s.port },
  sessionId: s.id,
  conversation: s.conversation,
  deadline: 1_700_000_060_000,
});

export function describeSessionContract(subject: StoreSubject): void {
  describe("sessions", () => {
    const t = useStore(subject);

    it("GIVEN an empty store THEN no conversation has a session and no id is known", async () => {
      expect(await t.store.loadSession("C1:1.1")).toBeUndefined();
      expect(await t.store.loadSessionById("session-C1:1.1")).toBeUndefined();
      expect(await t.store.countSessions()).toBe(0);
    });

    it("GIVEN a first save THEN the session loads back equal, by conversation and by id", async () => {
      const first = session("C1:1.1");
      expect(await t.store.saveSession(first, undefined)).toBe(true);
      expect(await t.store.loadSession("C1:1.1")).toEqual(first);
      expect(await t.store.loadSessionById(first.id)).toEqual(first);
      expect(await t.store.loadSession("C1:2.2")).toBeUndefined();
    });

    it("GIVEN two saves from the same version THEN the second is refused and the first one's state stays", async () => {
      const v1 = session("C1:1.1");
      await t.store.saveSession(v1, undefined);
      const mine = { ...v1, version: 2, host: "mine.corp.example" };
      const theirs = { ...v1, version: 2, host: "theirs.corp.example" };
      expect(await t.store.saveSession(mine, 1)).toBe(true);
      expect(await t.store.saveSession(theirs, 1)).toBe(false);
      expect((await t.store.loadSession("C1:1.1"))?.host).toBe("mine.corp.example");
      expect(await t.store.saveSession({ ...v1, version: 3 }, undefined)).toBe(false);
      expect(await t.store.saveSession({ ...mine, version: 3 }, 2)).toBe(true);
      expect((await t.store.loadSession("C1:1.1"))?.version).toBe(3);
    });

    it("GIVEN a fresh start in the same conversation THEN the new id is current and the old one still loads by id", async () => {
      const old = session("C1:1.1", { id: "old", status: "diagnosed", version: 4 });
      await t.store.saveSession(old, undefined);
      const fresh = session("C1:1.1", { id: "fresh", version: 1 });
      expect(await t.store.saveSession(fresh, 4)).toBe(true);
      expect(await t.store.loadSession("C1:1.1")).toEqual(fresh);
      expect(await t.store.loadSessionById("old")).toEqual(old);
      expect(await t.store.countSessions()).toBe(1);
      expect(await t.store.countSessions("diagnosed")).toBe(0);
      expect(await t.store.saveSession({ ...old, version: 5 }, 4)).toBe(false);
    });

    it("GIVEN sessions in several statuses THEN countSessions counts the current ones per status", async () => {
      await t.store.saveSession(session("a", { status: "asking" }), undefined);
      await t.store.saveSession(session("b", { status: "asking" }), undefined);
      await t.store.saveSession(session("c", { status: "solved" }), undefined);
      expect(await t.store.countSessions()).toBe(3);
      expect(await t.store.countSessions("asking")).toBe(2);
      expect(await t.store.countSessions("solved")).toBe(1);
      expect(await t.store.countSessions("probing")).toBe(0);
    });

    it("GIVEN a stored session that does not fit the schema THEN loading it is STATE_SESSION_INVALID", async () => {
      const broken = { ...session("C1:1.1"), port: 0 } as Session;
      await t.store.saveSession(broken, undefined);
      await expect(t.store.loadSession("C1:1.1")).rejects.toMatchObject({ code: "STATE_SESSION_INVALID" });
      await expect(t.store.loadSessionById(broken.id)).rejects.toMatchObject({
        name: "StateError",
        code: "STATE_SESSION_INVALID",
      });
    });
  });

  describe("outbox", () => {
    const t = useStore(subject);

    it("GIVEN a save with a probe job THEN the job is open and claimable with its session", async () => {
      const probing = session("C1:1.1", { status: "probing", probing: true });
      expect(await t.store.saveSession(probing, undefined, [probeJob(probing)])).toBe(true);
      expect(await t.store.countOpenJobs()).toBe(1);
      const job = await t.store.claimJob("replica-a", ["probe"], 30_000);
      expect(job).toMatchObject({
        kind: "probe",
        payload: { host: "rdp01.corp.example", port: 3389 },
        sessionId: probing.id,
        conversation: "C1:1.1",
        deadline: 1_700_000_060_000,
        attempts: 1,
        createdAt: t.clock.now,
      });
    });

    it("GIVEN a save refused by compare-and-set THEN none of its jobs are enqueued", async () => {
      const v1 = session("C1:1.1");
      await t.store.saveSession(v1, undefined);
      const stale = { ...v1, version: 2, status: "probing" as const, probing: true };
      expect(await t.store.saveSession(stale, 7, [probeJob(stale), probeJob(stale)])).toBe(false);
      expect(await t.store.countOpenJobs()).toBe(0);
      expect(await t.store.claimJob("replica-a", ["probe"], 30_000)).toBeUndefined();
    });

    it("GIVEN probing sessions with and without an open job THEN only those without are stranded", async () => {
      const covered = session("covered", { status: "probing", probing: true });
      const lost = session("lost", { status: "probing", probing: true });
      await t.store.saveSession(covered, undefined, [probeJob(covered)]);
      await t.store.saveSession(lost, undefined);
      await t.store.saveSession(session("asking"), undefined);
      await t.store.saveSession(
        session("gone", { id: "gone-old", status: "probing", probing: true }),
        undefined,
      );
      await t.store.saveSession(session("gone", { id: "gone-new", status: "diagnosed" }), 1);
      expect((await t.store.strandedProbingSessions()).map((s) => s.id)).toEqual([lost.id]);

      const job = await t.store.claimJob("replica-a", ["probe"], 30_000);
      expect((await t.store.strandedProbingSessions()).map((s) => s.id)).toEqual([lost.id]);
      await t.store.finishJob(job?.id ?? "", "replica-a", "settled");
      const stranded = await t.store.strandedProbingSessions();
      expect(stranded.map((s) => s.id).sort()).toEqual([covered.id, lost.id].sort());
      expect(stranded.find((s) => s.id === lost.id)).toEqual(lost);
    });
  });
}
