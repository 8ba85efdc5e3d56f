import { describe, expect, it } from "vitest";
import { withStateStore } from "../../src/runtime/with-state-store.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

/** A real store that notes when it is closed. */
class ClosingStore extends MemoryStateStore {
  closed = 0;
  override async close(): Promise<void> {
    this.closed++;
  }
}

describe("withStateStore", () => {
  it("GIVEN an opener that works THEN the command uses that store and it is closed after", async () => {
    const opened = new ClosingStore();
    const warnings: string[] = [];
    const result = await withStateStore(
      async () => opened,
      (text) => void warnings.push(text),
      async (store) => {
        expect(store).toBe(opened);
        expect(opened.closed).toBe(0);
        return "diagnosed";
      },
    );
    expect(result).toBe("diagnosed");
    expect(opened.closed).toBe(1);
    expect(warnings).toEqual([]);
  });

  it("GIVEN a command that throws THEN the store is still closed and the error comes through", async () => {
    const opened = new ClosingStore();
    const run = withStateStore(
      async () => opened,
      () => {},
      async () => {
        throw new Error("probe crashed");
      },
    );
    await expect(run).rejects.toThrow("probe crashed");
    expect(opened.closed).toBe(1);
  });

  it("GIVEN an opener that throws THEN a warning says why and the command runs on a memory store", async () => {
    const warnings: string[] = [];
    const kind = await withStateStore(
      async () => {
        throw new Error("SQLITE_CANTOPEN: /var/lib/rdp-fix is read-only");
      },
      (text) => void warnings.push(text),
      async (store) => {
        await store.appendAudit({
          at: "2024-01-01T10:00:00.000Z",
          action: "probe",
          actor: "alice",
          platform: "terminal",
          conversation: "terminal",
          target: "rdp01:3389",
          outcome: "finished",
          details: {},
        });
        expect(await store.listAudit()).toHaveLength(1);
        return store.kind;
      },
    );
    expect(kind).toBe("memory");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("keeps no records");
    expect(warnings[0]).toContain("/var/lib/rdp-fix is read-only");
  });

  it("GIVEN no opener (tests) THEN the command runs on a memory store without a warning", async () => {
    const warnings: string[] = [];
    expect(
      await withStateStore(
        undefined,
        (t) => void warnings.push(t),
        async (s) => s.kind,
      ),
    ).toBe("memory");
    expect(warnings).toEqual([]);
  });
});
