import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migratePostgres } from "../../src/state/migrate-postgres.js";
import { postgresMigrations } from "../../src/state/postgres-migrations.js";
import { PostgresStateStore } from "../../src/state/postgres-state-store.js";
import { freshDatabase } from "../support/postgres/fresh-database.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";
import { describeStateStoreContract } from "./state-store-contract.js";
import { session, testClock } from "./state-store-fixtures.js";

const serverUrl = inject("postgresUrl");
let url: string;
beforeAll(async () => {
  url = await freshDatabase(serverUrl);
});

/** Runs SQL on this file's database as the superuser, beside the store under test. */
async function sql<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every test starts from an empty database, so each open also migrates from nothing. */
const emptyDatabase = () => sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public");

describeStateStoreContract("postgres", {
  open: async (clock) => {
    await emptyDatabase();
    return PostgresStateStore.open(url, { clock });
  },
  openTwo: async (clock) => {
    await emptyDatabase();
    const one = await PostgresStateStore.open(url, { clock });
    return [one, await PostgresStateStore.open(url, { clock })];
  },
});

const versions = async () =>
  (await sql<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version")).map(
    (r) => r.version,
  );

describe("postgres state store database", () => {
  it("GIVEN two replicas starting on an empty database at once THEN each migration is applied once", async () => {
    await emptyDatabase();
    const stores = await Promise.all([PostgresStateStore.open(url), PostgresStateStore.open(url)]);
    expect(await versions()).toEqual(postgresMigrations.map((m) => m.version));
    for (const store of stores) await store.close();
  });

  it("GIVEN a row whose session JSON was edited by hand THEN loading it is STATE_SESSION_INVALID", async () => {
    await emptyDatabase();
    const store = await PostgresStateStore.open(url);
    await store.saveSession(session("C1:1.1"), undefined);
    await sql(`UPDATE sessions SET data = jsonb_set(data, '{port}', '"3389"') WHERE conversation = $1`, [
      "C1:1.1",
    ]);
    await expect(store.loadSession("C1:1.1")).rejects.toMatchObject({
      code: "STATE_SESSION_INVALID",
      message: expect.stringContaining("port"),
    });
    await store.close();
  });

  it("GIVEN a database at the previous schema version with data THEN opening migrates it and the data survives", async () => {
    await emptyDatabase();
    const pool = new pg.Pool({ connectionString: url });
    await migratePostgres(pool, Date.now, postgresMigrations.slice(0, 1));
    await pool.end();
    const stored = session("C1:1.1", { status: "probing", probing: true });
    await sql(
      `INSERT INTO sessions (id, conversation, status, version, data, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, 1, 1)`,
      [stored.id, stored.conversation, stored.status, stored.version, JSON.stringify(stored)],
    );
    await sql("INSERT INTO conversations (conversation, session_id) VALUES ($1, $2)", [
      stored.conversation,
      stored.id,
    ]);
    await sql("INSERT INTO leases (name, holder, expires_at) VALUES ('probe-runner', 'old-replica', $1)", [
      testClock().now + 10_000,
    ]);
    expect(await versions()).toEqual([1]);

    const store = await PostgresStateStore.open(url, { clock: testClock().read });
    expect(await versions()).toEqual([1, 2, 3, 4, 5]);
    expect(await store.loadSession("C1:1.1")).toEqual(stored);
    expect((await store.strandedProbingSessions()).map((s) => s.id)).toEqual([stored.id]);
    expect(await store.leaseHolder("probe-runner")).toBe("old-replica");
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
    await emptyDatabase();
    await (await PostgresStateStore.open(url)).close();
    await sql("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)");
    await expect(PostgresStateStore.open(url)).rejects.toMatchObject({
      name: "StateError",
      code: "STATE_MIGRATION_FAILED",
      message: expect.stringMatching(/schema version 99.*only up to 5.*newer rdp-fix/),
    });
  });

  it("GIVEN no server at DATABASE_URL THEN opening is STATE_UNAVAILABLE, naming the variable but never the password", async () => {
    const password = new URL(serverUrl).password;
    const nowhere = new URL(serverUrl);
    nowhere.port = String(await unusedLoopbackPort());
    const error = await PostgresStateStore.open(nowhere.toString()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "StateError", code: "STATE_UNAVAILABLE" });
    const shown = `${(error as Error).message} ${String((error as Error).cause)} ${JSON.stringify(error)}`;
    expect(shown).toContain("DATABASE_URL");
    expect(shown).toContain(`127.0.0.1:${nowhere.port}`);
    expect(shown).not.toContain(password);
  });

  it("GIVEN a wrong password THEN opening is STATE_UNAVAILABLE and the message does not print it", async () => {
    const wrong = new URL(url);
    wrong.password = "not-the-Password-42";
    const error = await PostgresStateStore.open(wrong.toString()).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "STATE_UNAVAILABLE",
      message: expect.stringContaining("password authentication failed"),
    });
    expect(`${(error as Error).message} ${String((error as Error).cause)}`).not.toContain(
      "not-the-Password-42",
    );
  });

  it("GIVEN the server stops taking connections THEN health reports the problem instead of throwing", async () => {
    await emptyDatabase();
    const name = new URL(url).pathname.slice(1);
    const store = await PostgresStateStore.open(url);
    expect(await store.health()).toEqual({ kind: "postgres", ok: true });
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
      const health = await store.health();
      expect(health).toMatchObject({
        kind: "postgres",
        ok: false,
        problem: expect.stringContaining("DATABASE_URL"),
      });
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
      await store.close();
    }
  });
});

afterAll(async () => {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});
