import { describe, expect, it } from "vitest";
import type { FixOutcomeRecord, StoreKind } from "../../src/state/state-store.js";
import { useStore } from "./state-store-contract.js";
import { auditEntry, type StoreSubject } from "./state-store-fixtures.js";

const outcome = (sessionId: string, solved: boolean): FixOutcomeRecord => ({
  sessionId,
  conversation: `conv-${sessionId}`,
  flowId: "rdp-0x904",
  causeId: "nla-mismatch",
  fixId: "enable-nla",
  solved,
  by: "U-alice",
  at: "2024-01-01T10:00:00.000Z",
});

export function describeRecordsContract(kind: StoreKind, subject: StoreSubject): void {
  describe("fix outcomes", () => {
    const t = useStore(subject);

    it("GIVEN recorded outcomes THEN they list in order, all or one session's", async () => {
      const records = [outcome("s1", true), outcome("s2", false), outcome("s1", false)];
      for (const record of records) await t.store.recordFixOutcome(record);
      expect(await t.store.listFixOutcomes()).toEqual(records);
      expect(await t.store.listFixOutcomes("s1")).toEqual([records[0], records[2]]);
      expect(await t.store.listFixOutcomes("s3")).toEqual([]);
    });
  });

  describe("audit trail", () => {
    const t = useStore(subject);
    const entries = [
      auditEntry({ at: "2024-01-01T10:00:00.000Z", actor: "U-alice", target: "a.corp.example:3389" }),
      auditEntry({ at: "2024-01-01T11:00:00.000Z", actor: "U-bob", outcome: "refused" }),
      auditEntry({ at: "2024-01-01T12:00:00.000Z", actor: "U-alice", platform: "terminal" }),
    ];
    const bare = {
      at: "2024-01-01T13:00:00.000Z",
      action: "handoff",
      actor: "U-carol",
      platform: "discord",
      outcome: "finished",
    };

    it("GIVEN appended entries THEN they list newest last, filtered by since, actor, target and limit", async () => {
      for (const entry of [...entries, bare]) await t.store.appendAudit(entry);
      expect(await t.store.listAudit()).toEqual([...entries, bare]);
      expect(await t.store.listAudit({ since: "2024-01-01T11:00:00.000Z" })).toEqual([
        entries[1],
        entries[2],
        bare,
      ]);
      expect(await t.store.listAudit({ actor: "U-alice" })).toEqual([entries[0], entries[2]]);
      expect(await t.store.listAudit({ target: "a.corp.example:3389" })).toEqual([entries[0]]);
      expect(await t.store.listAudit({ limit: 2 })).toEqual([entries[2], bare]);
      expect(await t.store.listAudit({ actor: "U-alice", limit: 1 })).toEqual([entries[2]]);
      expect(await t.store.listAudit({ actor: "U-nobody" })).toEqual([]);
    });

    it("GIVEN a prune THEN entries before the time go and the count says how many", async () => {
      for (const entry of entries) await t.store.appendAudit(entry);
      expect(await t.store.pruneAudit("2024-01-01T11:00:00.000Z")).toBe(1);
      expect(await t.store.listAudit()).toEqual([entries[1], entries[2]]);
      expect(await t.store.pruneAudit("2024-01-01T11:00:00.000Z")).toBe(0);
    });
  });

  describe("health", () => {
    const t = useStore(subject);

    it("GIVEN an open store THEN health answers ok with its kind", async () => {
      expect(await t.store.health()).toEqual({ kind, ok: true });
    });
  });
}
