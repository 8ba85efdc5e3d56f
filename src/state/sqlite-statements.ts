import type Database from "better-sqlite3";

const currentSession = "FROM conversations c JOIN sessions s ON s.id = c.session_id";
const openJob = "status IN ('pending', 'running')";

/** Every statement the SQLite store runs, prepared once per connection (the benchmark's p99 depends on it). */
export function prepareSqliteStatements(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    loadSession: p(`SELECT s.data ${currentSession} WHERE c.conversation = ?`).pluck(),
    loadSessionById: p("SELECT data FROM sessions WHERE id = ?").pluck(),
    currentVersion: p(`SELECT s.version ${currentSession} WHERE c.conversation = ?`).pluck(),
    upsertSession: p(`
      INSERT INTO sessions (id, conversation, status, version, data, created_at, updated_at)
      VALUES (@id, @conversation, @status, @version, @data, @now, @now)
      ON CONFLICT (id) DO UPDATE SET conversation = excluded.conversation, status = excluded.status,
        version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`),
    setCurrent: p(`
      INSERT INTO conversations (conversation, session_id) VALUES (?, ?)
      ON CONFLICT (conversation) DO UPDATE SET session_id = excluded.session_id`),
    stranded: p(`
      SELECT s.data ${currentSession} WHERE s.status = 'probing'
        AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.session_id = s.id AND j.${openJob})`).pluck(),
    countSessions: p(`SELECT count(*) ${currentSession} WHERE @status IS NULL OR s.status = @status`).pluck(),
    firstSighting: p(`
      INSERT INTO dedupe (key, expires_at) VALUES (@key, @expiresAt)
      ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedupe.expires_at <= @now
      RETURNING key`),
    pruneDedupe: p("DELETE FROM dedupe WHERE expires_at <= ?"),
    acquireLease: p(`
      INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @until)
      ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE leases.holder = excluded.holder OR leases.expires_at <= @now
      RETURNING name`),
    extendLease: p(`UPDATE leases SET expires_at = @until
      WHERE name = @name AND holder = @holder AND expires_at > @now`),
    releaseLease: p("DELETE FROM leases WHERE name = ? AND holder = ?"),
    leaseHolder: p("SELECT holder FROM leases WHERE name = ? AND expires_at > ?").pluck(),
    setLatest: p(`
      INSERT INTO channel_latest (channel, conversation) VALUES (?, ?)
      ON CONFLICT (channel) DO UPDATE SET conversation = excluded.conversation`),
    latest: p("SELECT conversation FROM channel_latest WHERE channel = ?").pluck(),
    markUndelivered: p("INSERT OR IGNORE INTO undelivered (conversation) VALUES (?)"),
    takeUndelivered: p("DELETE FROM undelivered WHERE conversation = ?"),
    enqueueJob: p(`
      INSERT INTO jobs (id, kind, payload, session_id, conversation, status, attempts, holder, lease_until,
        deadline, created_at)
      VALUES (@id, @kind, @payload, @sessionId, @conversation, 'pending', 0, NULL, 0, @deadline, @now)`),
    // One statement, so SQLite's write lock makes the pick and the take a single step across processes.
    claimJob: p(`
      UPDATE jobs SET status = 'running', holder = @holder, lease_until = @until, attempts = attempts + 1
      WHERE seq = (
        SELECT seq FROM jobs
        WHERE kind IN (SELECT value FROM json_each(@kinds))
          AND (status = 'pending' OR (status = 'running' AND lease_until <= @now))
        ORDER BY created_at, seq LIMIT 1)
      RETURNING id, kind, payload, session_id, conversation, deadline, attempts, created_at, crashed`),
    extendJob: p(`
      UPDATE jobs SET lease_until = @until
      WHERE id = @id AND status = 'running' AND holder = @holder AND lease_until > @now`),
    finishJob: p(
      "UPDATE jobs SET status = @outcome WHERE id = @id AND status = 'running' AND holder = @holder",
    ),
    markJobCrashed: p(
      "UPDATE jobs SET crashed = @reason WHERE id = @id AND status = 'running' AND holder = @holder",
    ),
    releaseJob: p(`
      UPDATE jobs SET status = 'pending', attempts = attempts - 1, holder = NULL, lease_until = 0
      WHERE id = ? AND status = 'running' AND holder = ?`),
    countOpenJobs: p(
      `SELECT count(*) FROM jobs WHERE ${openJob} AND (@kind IS NULL OR kind = @kind)`,
    ).pluck(),
    forgetOldRateUses: p("DELETE FROM rate_uses WHERE key = @key AND at <= @since"),
    rateWindow: p("SELECT count(*) AS uses, min(at) AS oldest FROM rate_uses WHERE key = @key"),
    countRateUse: p("INSERT INTO rate_uses (key, at) VALUES (@key, @now)"),
    recordFixOutcome: p(`
      INSERT INTO fix_outcomes (session_id, conversation, flow_id, cause_id, fix_id, solved, actor, at)
      VALUES (@sessionId, @conversation, @flowId, @causeId, @fixId, @solved, @by, @at)`),
    listFixOutcomes: p(
      "SELECT * FROM fix_outcomes WHERE @sessionId IS NULL OR session_id = @sessionId ORDER BY seq",
    ),
    appendAudit: p(`
      INSERT INTO audit (at, action, actor, platform, conversation, target, outcome, details)
      VALUES (@at, @action, @actor, @platform, @conversation, @target, @outcome, @details)`),
    // The newest `limit` matching entries, read backwards and turned round by the caller (newest last).
    listAudit: p(`
      SELECT at, action, actor, platform, conversation, target, outcome, details FROM audit
      WHERE (@since IS NULL OR at >= @since) AND (@actor IS NULL OR actor = @actor)
        AND (@target IS NULL OR target = @target)
      ORDER BY seq DESC LIMIT @limit`),
    pruneAudit: p("DELETE FROM audit WHERE at < ?"),
    pruneFinishedJobs: p("DELETE FROM jobs WHERE status IN ('done', 'settled') AND created_at < ?"),
    pruneExpiredDedupe: p("DELETE FROM dedupe WHERE expires_at <= ?"),
    pruneRateUses: p("DELETE FROM rate_uses WHERE at < ?"),
    ping: p("SELECT 1").pluck(),
  };
}

export type SqliteStatements = ReturnType<typeof prepareSqliteStatements>;
