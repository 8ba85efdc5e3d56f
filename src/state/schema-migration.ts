import { StateError } from "./state-error.js";

/** One step of a store's schema; versions start at 1 and each is applied once, in order, in a transaction. */
export interface SchemaMigration {
  version: number;
  description: string;
  sql: string;
}

/** The newest version a list of migrations reaches. */
export function latestVersion(migrations: readonly SchemaMigration[]): number {
  return migrations.reduce((latest, m) => Math.max(latest, m.version), 0);
}

/**
 * A database a newer release has migrated cannot be trusted to this one: its tables may mean things this
 * code does not know. Refusing is safer than writing rows the newer release would misread.
 */
export function newerSchemaError(where: string, found: number, known: number): StateError {
  return new StateError(
    "STATE_MIGRATION_FAILED",
    `The state database ${where} has schema version ${found}, but this release of rdp-fix knows only up to ${known}: it was upgraded by a newer rdp-fix. Run that newer release (or restore a backup taken before the upgrade); this release will not touch it.`,
  );
}
