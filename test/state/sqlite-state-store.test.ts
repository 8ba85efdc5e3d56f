import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrateSqlite } from "../../src/state/migrate-sqlite.js";
import { sqliteMigrations } from "../../src/state/sqlite-migrations.js";
import { SqliteStateStore } from "../../src/state/sqlite-state-store.js";
import { describeStateStoreContract } from "./state-store-contract.js";
import { session, testClock } from "./state-store-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "rdp-fix-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `db-${++files}`, "rdp-fix.sqlite");

describeStateStoreContract("sqlite", {
  open: async (clock) => SqliteStateStore.open(freshPath(), { clock }),
  openTwo: async (clock) => {
    const path = freshPath();
    return [SqliteStateStore.open(path, { clock }), SqliteStateStore.open(path, { clock })];
  },
});

function versions(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all() as number[];
  } finally {
    db.close();
  }
}

describe("sqlite state store file", () => {
  it("GIVEN a path in a missing directory THEN it is created, in WAL mode, at the newest schema", async () => {
    const path = join(dir, "deep", "er", "rdp-fix.sqlite");
    const store = SqliteStateStore.open(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    expect(versions(path)).toEqual(sqliteMigrations.map((m) => m.version));
  });

  it("GIVEN a row whose session JSON was edited by hand THEN loading it is STATE_SESSION_INVALID", async () => {
    const path = freshPath();
    const store = SqliteStateStore.open(path);
    await store.saveSession(session("C1:1.1"), undefined);
    await store.saveSession(session("C1:2.2"), undefined);
    const db = new Database(path);
    db.prepare(
      "UPDATE sessions SET data = json_set(data, '$.status', 'exploded') WHERE conversation = ?",
    ).run("C1:1.1");
    db.prepare("UPDATE sessions SET data = '{not json' WHERE conversation = ?").run("C1:2.2");
    db.close();
    await expect(store.loadSession("C1:1.1")).rejects.toMatchObject({
      code: "STATE_SESSION_INVALID",
      message: expect.stringContaining("status"),
    });
    await expect(store.loadSession("C1:2.2")).rejects.toMatchObject({ code: "STATE_SESSION_INVALID" });
    await store.close();
  });

  it("GIVEN a database at the previous schema version with data THEN opening migrates it and the data survives", async () => {
    const path = freshPath().replace(/rdp-fix\.sqlite$/, "v1.sqlite");
    mkdirSync(dirname(path), { recursive: true });
    const stored = session("C1:1.1", { status: "probing", probing: true });
    const db = new Database(path);
    migrateSqlite(db, Date.now, sqliteMigrations.slice(0, 1));
    db.prepare(
      "INSERT INTO sessions (id, conversation, status, version, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1)",
    ).run(stored.id, stored.conversation, stored.status, stored.version, JSON.stringify(stored));
    db.prepare("INSERT INTO conversations (conversation, session_id) VALUES (?, ?)").run(
      stored.conversation,
      stored.id,
    );
    db.prepare("INSERT INTO leases (name, holder, expires_at) VALUES ('probe-runner', 'old-replica', ?)").run(
      testClock().now + 10_000,
    );
    db.prepare(
      "INSERT INTO jobs (id, kind, payload, status, attempts, lease_until, deadline, created_at) VALUES ('j1', 'probe', '{}', 'pending', 0, 0, ?, 1)",
    ).run(testClock().now + 60_000);
    db.close();
    expect(versions(path)).toEqual([1]);

    const store = SqliteStateStore.open(path, { clock: testClock().read });
    expect(versions(path)).toEqual([1, 2, 3, 4, 5]);
    expect(await store.loadSession("C1:1.1")).toEqual(stored);
    expect((await store.strandedProbingSessions()).map((s) => s.id)).toEqual([stored.id]);
    expect(await store.leaseHolder("probe-runner")).toBe("old-replica");
    // A job queued before the crash column existed is taken as an ordinary one.
    const queued = await store.claimJob("new-replica", ["probe"], 10_000);
    expect(queued).toMatchObject({ id: "j1", attempts: 1 });
    expect(queued).not.toHaveProperty("crashed");
    await store.appendAudit({
      at: "2024-01-01T00:00:00.000Z",
      action: "probe",
      actor: "U",
      platform: "slack",
      outcome: "allowed",
    });
    expect(await store.listAudit()).toHaveLength(1);
    const watch = { host: "host42", port: 3389, owner: "U", intervalMs: 60_000, firstDue: 0 };
    expect(await store.watches.putWatch(watch)).toBe("added");
    await store.close();
  });

  it("GIVEN a database from a newer release THEN opening it is refused with STATE_MIGRATION_FAILED", async () => {
    const path = freshPath();
    await SqliteStateStore.open(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)").run();
    db.close();
    expect(() => SqliteStateStore.open(path)).toThrow(
      expect.objectContaining({
        name: "StateError",
        code: "STATE_MIGRATION_FAILED",
        message: expect.stringMatching(/schema version 99.*only up to 5.*newer rdp-fix/),
      }),
    );
  });

  it("GIVEN a migration that fails THEN none of it is applied and the error says which", () => {
    const db = new Database(join(dir, "broken.sqlite"));
    const broken = [
      ...sqliteMigrations,
      { version: 6, description: "broken", sql: "CREATE TABLE audit (x)" },
    ];
    expect(() => migrateSqlite(db, Date.now, broken)).toThrow(
      expect.objectContaining({
        code: "STATE_MIGRATION_FAILED",
        message: expect.stringContaining("Migration 6"),
      }),
    );
    expect(db.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(5);
    db.close();
  });
});
