import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openStateStore } from "../../src/state/open-state-store.js";
import { freshDatabase } from "../support/postgres/fresh-database.js";
import { testClock } from "./state-store-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "rdp-fix-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStateStore", () => {
  it("GIVEN a SQLite config THEN it opens a migrated SQLite store on the given clock", async () => {
    const clock = testClock();
    const store = await openStateStore(
      { kind: "sqlite", path: join(dir, "state", "rdp-fix.sqlite") },
      { clock: clock.read },
    );
    expect(store.kind).toBe("sqlite");
    await store.acquireLease("l", "A", 1000);
    clock.now += 1000;
    expect(await store.leaseHolder("l")).toBeUndefined();
    await store.close();
  });

  it("GIVEN a PostgreSQL config THEN it opens a migrated PostgreSQL store", async () => {
    const store = await openStateStore({ kind: "postgres", url: await freshDatabase(inject("postgresUrl")) });
    expect(store.kind).toBe("postgres");
    expect(await store.health()).toEqual({ kind: "postgres", ok: true });
    expect(await store.countSessions()).toBe(0);
    await store.close();
  });
});
