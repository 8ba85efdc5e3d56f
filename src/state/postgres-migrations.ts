import type { SchemaMigration } from "./schema-migration.js";

/**
 * The PostgreSQL schema, oldest first; the same tables as SQLite's. Never edit a released migration: add
 * the next one. Times are epoch ms (BIGINT) from the store's clock, never the server's, so tests can move time.
 */
export const postgresMigrations: readonly SchemaMigration[] = [
  {
    version: 1,
    description: "sessions, routing, dedupe, leases, jobs and fix outcomes",
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        conversation TEXT NOT NULL,
        status TEXT NOT NULL,
        version INTEGER NOT NULL,
        data JSONB NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE conversations (conversation TEXT PRIMARY KEY, session_id TEXT NOT NULL);
      CREATE TABLE dedupe (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at BIGINT NOT NULL);
      CREATE TABLE channel_latest (channel TEXT PRIMARY KEY, conversation TEXT NOT NULL);
      CREATE TABLE undelivered (conversation TEXT PRIMARY KEY);
      CREATE TABLE jobs (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        payload JSONB NOT NULL,
        session_id TEXT,
        conversation TEXT,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        holder TEXT,
        lease_until BIGINT NOT NULL,
        deadline BIGINT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE fix_outcomes (
        seq BIGSERIAL PRIMARY KEY,
        session_id TEXT NOT NULL,
        conversation TEXT NOT NULL,
        flow_id TEXT NOT NULL,
        cause_id TEXT NOT NULL,
        fix_id TEXT NOT NULL,
        solved BOOLEAN NOT NULL,
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
        seq BIGSERIAL PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        platform TEXT NOT NULL,
        conversation TEXT,
        target TEXT,
        outcome TEXT NOT NULL,
        details JSONB
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
      CREATE TABLE rate_uses (key TEXT NOT NULL, at BIGINT NOT NULL);
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
        interval_ms BIGINT NOT NULL,
        next_due BIGINT NOT NULL,
        last_result JSONB,
        last_checked_at BIGINT,
        holder TEXT,
        lease_until BIGINT NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (host, port)
      );
      CREATE INDEX watches_due ON watches (next_due);
    `,
  },
];
