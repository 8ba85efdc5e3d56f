import type pg from "pg";
import { postgresMigrations } from "./postgres-migrations.js";
import { latestVersion, newerSchemaError, type SchemaMigration } from "./schema-migration.js";
import { StateError } from "./state-error.js";

/** Any fixed number: every replica's migrations queue on the same advisory lock. */
const migrationLock = 0x7264_7066;

/**
 * Brings the database up to the newest migration given, one transaction per migration. Each transaction
 * first takes a transaction-scoped advisory lock, so replicas starting at once apply each step exactly once
 * (the second waits, then finds the step done). Refuses a newer schema.
 */
export async function migratePostgres(
  pool: pg.Pool,
  now: () => number = Date.now,
  migrations: readonly SchemaMigration[] = postgresMigrations,
): Promise<void> {
  const known = latestVersion(migrations);
  const client = await pool.connect();
  try {
    for (;;) {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [migrationLock]);
        await client.query(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
        );
        const { rows } = await client.query<{ version: number | null }>(
          "SELECT max(version) AS version FROM schema_migrations",
        );
        const current = rows[0]?.version ?? 0;
        if (current > known) throw newerSchemaError("in DATABASE_URL", current, known);
        const next = migrations.find((m) => m.version === current + 1);
        if (next === undefined) {
          await client.query("COMMIT");
          return;
        }
        await applyMigration(client, next);
        await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [
          next.version,
          now(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    }
  } finally {
    client.release();
  }
}

async function applyMigration(client: pg.PoolClient, migration: SchemaMigration): Promise<void> {
  try {
    await client.query(migration.sql);
  } catch (cause) {
    throw new StateError(
      "STATE_MIGRATION_FAILED",
      `Migration ${migration.version} (${migration.description}) of the state database in DATABASE_URL failed; nothing of it was applied. Check that the user may create tables, or report the error.`,
      { cause },
    );
  }
}
