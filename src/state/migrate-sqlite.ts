import type Database from "better-sqlite3";
import { latestVersion, newerSchemaError, type SchemaMigration } from "./schema-migration.js";
import { sqliteMigrations } from "./sqlite-migrations.js";
import { StateError } from "./state-error.js";

/**
 * Brings the database up to the newest migration given, one immediate transaction per migration, so two
 * processes opening the same file at once apply each step exactly once. Refuses a newer schema.
 */
export function migrateSqlite(
  db: Database.Database,
  now: () => number = Date.now,
  migrations: readonly SchemaMigration[] = sqliteMigrations,
): void {
  const known = latestVersion(migrations);
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
  );
  const step = db.transaction((): boolean => {
    const row = db.prepare("SELECT max(version) AS version FROM schema_migrations").get() as {
      version: number | null;
    };
    const current = row.version ?? 0;
    if (current > known) throw newerSchemaError(db.name, current, known);
    const next = migrations.find((m) => m.version === current + 1);
    if (next === undefined) return false;
    try {
      db.exec(next.sql);
    } catch (cause) {
      throw new StateError(
        "STATE_MIGRATION_FAILED",
        `Migration ${next.version} (${next.description}) of the state database ${db.name} failed; nothing of it was applied. Restore the file from a backup or report the error.`,
        { cause },
      );
    }
    db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(next.version, now());
    return true;
  });
  while (step.immediate()) {}
}
