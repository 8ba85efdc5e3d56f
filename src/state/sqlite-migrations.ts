import type { SchemaMigration } from "./schema-migration.js";

/**
 * The SQLite schema, oldest first. Never edit a released migration: add the next one. Times are epoch ms
 * from the store's clock, never SQLite's own, so tests can move time.
 */
export const sqliteMigrations: readonly SchemaMigration[] = [
  {
    version: 1,
    description: "sessions, routing, dedupe, leases, jobs and fix outcomes",
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        conversation TEXT NOT NULL,
        status TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE conversations (conversation TEXT PRIMARY KEY, session_id TEXT NOT NULL);
      CREATE TABLE dedupe (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE TABLE channel_latest (channel TEXT PRIMARY KEY, conversation TEXT NOT NULL);
      CREATE TABLE undelivered (conversation TEXT PRIMARY KEY);
      CREATE TABLE jobs (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        session_id TEXT,
        conversation TEXT,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        holder TEXT,
        lease_until INTEGER NOT NULL,
        deadline INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE fix_outcomes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL,
        conversation TEXT NOT NULL,
        flow_id TEXT NOT NULL,
        cause_id TEXT NOT NULL,
        fix_id TEXT NOT NULL,
        solved INTEGER NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: "audit trail; indexes for claiming jobs, stranded sessions and fix outcomes",
    sql: `
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        platform TEXT NOT NULL,
        conversation TEXT,
        target TEXT,
        outcome TEXT NOT NULL,
        details TEXT
      );
      CREATE INDEX audit_at ON audit (at);
      CREATE INDEX jobs_claim ON jobs (status, kind, created_at);
      CREATE INDEX jobs_session ON jobs (session_id) WHERE session_id IS NOT NULL;
      CREATE INDEX sessions_status ON sessions (status);
      CREATE INDEX fix_outcomes_session ON fix_outcomes (session_id);
    `,
  },
  {
    version: 3,
    description: "rate limits: one row per counted use, in a sliding window",
    sql: `
      CREATE TABLE rate_uses (key TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX rate_uses_key_at ON rate_uses (key, at);
    `,
  },
  {
    version: 4,
    description: "jobs: the reason a holder's run crashed, so the job is settled, not run again",
    sql: `
      ALTER TABLE jobs ADD COLUMN crashed TEXT;
    `,
  },
  {
    version: 5,
    description: "watches: RDP endpoints checked on an interval, each due check leased to one holder",
    sql: `
      CREATE TABLE watches (
        host TEXT NOT NULL,
        port INTEGER NOT NULL,
        owner TEXT NOT NULL,
        report_platform TEXT,
        report_to TEXT,
        interval_ms INTEGER NOT NULL,
        next_due INTEGER NOT NULL,
        last_result TEXT,
        last_checked_at INTEGER,
        holder TEXT,
        lease_until INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (host, port)
      );
      CREATE INDEX watches_due ON watches (next_due);
    `,
  },
];
