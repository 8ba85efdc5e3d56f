const currentSession = "FROM conversations c JOIN sessions s ON s.id = c.session_id";
const openJob = "status IN ('pending', 'running')";

/**
 * Every statement the PostgreSQL store runs, by name: pg prepares a named statement once per connection
 * and reuses the plan, which the hot session path relies on.
 */
export const postgresStatements = {
  loadSession: `SELECT s.data ${currentSession} WHERE c.conversation = $1`,
  loadSessionById: "SELECT data FROM sessions WHERE id = $1",
  // The conversation row is the lock: of two first saves, only one inserts it.
  takeConversation:
    "INSERT INTO conversations (conversation, session_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
  lockCurrentVersion: `SELECT s.version ${currentSession} WHERE c.conversation = $1 FOR UPDATE OF c`,
  setCurrent: "UPDATE conversations SET session_id = $2 WHERE conversation = $1",
  upsertSession: `
    INSERT INTO sessions (id, conversation, status, version, data, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $6)
    ON CONFLICT (id) DO UPDATE SET conversation = excluded.conversation, status = excluded.status,
      version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`,
  stranded: `
    SELECT s.data ${currentSession} WHERE s.status = 'probing'
      AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.session_id = s.id AND j.${openJob})`,
  countSessions: `SELECT count(*) AS n ${currentSession} WHERE $1::text IS NULL OR s.status = $1`,
  firstSighting: `
    INSERT INTO dedupe (key, expires_at) VALUES ($1, $2)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedupe.expires_at <= $3
    RETURNING key`,
  acquireLease: `
    INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
      WHERE leases.holder = excluded.holder OR leases.expires_at <= $4
    RETURNING name`,
  extendLease: "UPDATE leases SET expires_at = $3 WHERE name = $1 AND holder = $2 AND expires_at > $4",
  releaseLease: "DELETE FROM leases WHERE name = $1 AND holder = $2",
  leaseHolder: "SELECT holder FROM leases WHERE name = $1 AND expires_at > $2",
  setLatest: `
    INSERT INTO channel_latest (channel, conversation) VALUES ($1, $2)
    ON CONFLICT (channel) DO UPDATE SET conversation = excluded.conversation`,
  latest: "SELECT conversation FROM channel_latest WHERE channel = $1",
  markUndelivered: "INSERT INTO undelivered (conversation) VALUES ($1) ON CONFLICT DO NOTHING",
  takeUndelivered: "DELETE FROM undelivered WHERE conversation = $1",
  enqueueJob: `
    INSERT INTO jobs (id, kind, payload, session_id, conversation, status, attempts, holder, lease_until,
      deadline, created_at)
    VALUES ($1, $2, $3, $4, $5, 'pending', 0, NULL, 0, $6, $7)`,
  // SKIP LOCKED: a job another replica is taking right now is passed over, not waited for or taken twice.
  claimJob: `
    UPDATE jobs SET status = 'running', holder = $1, lease_until = $2, attempts = attempts + 1
    WHERE seq = (
      SELECT seq FROM jobs
      WHERE kind = ANY($3::text[]) AND (status = 'pending' OR (status = 'running' AND lease_until <= $4))
      ORDER BY created_at, seq LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, payload, session_id, conversation, deadline, attempts, created_at, crashed`,
  extendJob: `
    UPDATE jobs SET lease_until = $3
    WHERE id = $1 AND status = 'running' AND holder = $2 AND lease_until > $4`,
  finishJob: "UPDATE jobs SET status = $3 WHERE id = $1 AND status = 'running' AND holder = $2",
  markJobCrashed: "UPDATE jobs SET crashed = $3 WHERE id = $1 AND status = 'running' AND holder = $2",
  releaseJob: `
    UPDATE jobs SET status = 'pending', attempts = attempts - 1, holder = NULL, lease_until = 0
    WHERE id = $1 AND status = 'running' AND holder = $2`,
  countOpenJobs: `SELECT count(*) AS n FROM jobs WHERE ${openJob} AND ($1::text IS NULL OR kind = $1)`,
  // One key's uses are counted under a transaction-scoped advisory lock, so replicas never both take the last slot.
  lockRateKey: "SELECT pg_advisory_xact_lock(hashtext($1))",
  forgetOldRateUses: "DELETE FROM rate_uses WHERE key = $1 AND at <= $2",
  rateWindow: "SELECT count(*) AS uses, min(at) AS oldest FROM rate_uses WHERE key = $1",
  countRateUse: "INSERT INTO rate_uses (key, at) VALUES ($1, $2)",
  recordFixOutcome: `
    INSERT INTO fix_outcomes (session_id, conversation, flow_id, cause_id, fix_id, solved, actor, at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  listFixOutcomes: "SELECT * FROM fix_outcomes WHERE $1::text IS NULL OR session_id = $1 ORDER BY seq",
  appendAudit: `
    INSERT INTO audit (at, action, actor, platform, conversation, target, outcome, details)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  // The newest `limit` matching entries, read backwards and turned round by the caller (newest last).
  listAudit: `
    SELECT at, action, actor, platform, conversation, target, outcome, details FROM audit
    WHERE ($1::text IS NULL OR at >= $1) AND ($2::text IS NULL OR actor = $2)
      AND ($3::text IS NULL OR target = $3)
    ORDER BY seq DESC LIMIT $4::bigint`,
  pruneAudit: "DELETE FROM audit WHERE at < $1",
  pruneFinishedJobs: "DELETE FROM jobs WHERE status IN ('done', 'settled') AND created_at < $1",
  pruneExpiredDedupe: "DELETE FROM dedupe WHERE expires_at <= $1",
  pruneRateUses: "DELETE FROM rate_uses WHERE at < $1",
  ping: "SELECT 1",
} as const;

export type PostgresStatement = keyof typeof postgresStatements;
