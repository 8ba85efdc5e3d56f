import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrateSqlite } from "./migrate-sqlite.js";
import { StateError } from "./state-error.js";

/**
 * Opens the SQLite file at `path` (creating it and its directory when missing), set up for several processes
 * at once, and migrates it. A file that cannot be opened is STATE_UNAVAILABLE with the variable to fix.
 */
export function openSqliteDatabase(path: string, now: () => number, busyTimeoutMs = 5000): Database.Database {
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // WAL lets readers in other processes go on while one writes; NORMAL is durable across a crash of
    // the process (only a power loss may drop the last commits), at a fraction of FULL's fsyncs.
    db.pragma("journal_mode = WAL");
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma("synchronous = NORMAL");
  } catch (cause) {
    throw new StateError(
      "STATE_UNAVAILABLE",
      `Cannot open the state database ${path}: check that RDP_FIX_DATA_DIR points to a writable directory.`,
      { cause },
    );
  }
  try {
    migrateSqlite(db, now);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
