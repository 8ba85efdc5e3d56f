import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Session, SessionStatus } from "../engine/index.js";
import type { AuditEntry, AuditFilter } from "./audit-entry.js";
import { describeDatabaseUrl, redactDatabasePassword } from "./describe-database-url.js";
import type { ClaimedJob, JobOutcome, NewJob } from "./job.js";
import { migratePostgres } from "./migrate-postgres.js";
import { parseStoredSession } from "./session-schema.js";
import { StateError } from "./state-error.js";
import type { FixOutcomeRecord, StateStore, StoreHealth } from "./state-store.js";
import {
  type AuditRow,
  auditEntryFromRow,
  claimedJobFromRow,
  type FixOutcomeRow,
  fixOutcomeFromRow,
  type JobRow,
} from "./stored-rows.js";

export interface PostgresStateStoreOptions {
  clock?: () => number;
  /** Connections this process keeps to the server. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before the call fails. Default 5000 ms. */
  connectTimeoutMs?: number;
}

type Queryable = pg.Pool | pg.PoolClient;

const currentSession = "FROM conversations c JOIN sessions s ON s.id = c.session_id";
const openJob = "status IN ('pending', 'running')";
const jobColumns = "id, kind, payload, session_id, conversation, deadline, attempts, created_at";

/**
 * The state port in PostgreSQL: what replicas share. Every method is one statement or one transaction, so
 * any number of processes may use the same database; leases and jobs are rows, so they hold across them.
 */
export class PostgresStateStore implements StateStore {
  readonly kind = "postgres" as const;
  readonly #pool: pg.Pool;
  readonly #now: () => number;
  readonly #where: string;
  #closed = false;

  /** Connects, proves the server answers, and migrates. A server that cannot be reached is STATE_UNAVAILABLE. */
  static async open(url: string, options: PostgresStateStoreOptions = {}): Promise<PostgresStateStore> {
    const now = options.clock ?? Date.now;
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    });
    // An idle connection the server dropped (a restart) emits here; without a listener it would kill the
    // process. The next query gets a fresh connection, and health() reports if there is none.
    pool.on("error", () => undefined);
    const where = describeDatabaseUrl(url);
    try {
      await pool.query("SELECT 1");
    } catch (error) {
      await pool.end().catch(() => undefined);
      // pg's own message may quote connection details; only a redacted copy goes along as the cause.
      const reason = redactDatabasePassword(error instanceof Error ? error.message : String(error), url);
      throw new StateError(
        "STATE_UNAVAILABLE",
        `Cannot connect to the PostgreSQL server in DATABASE_URL (${where}): ${reason}. Check that the server runs and that DATABASE_URL's host, port, user, password and database are right.`,
        { cause: new Error(reason) },
      );
    }
    try {
      await migratePostgres(pool, now);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresStateStore(pool, now, where);
  }

  private constructor(pool: pg.Pool, now: () => number, where: string) {
    this.#pool = pool;
    this.#now = now;
    this.#where = where;
  }

  async loadSession(conversation: string): Promise<Session | undefined> {
    const row = await this.#one<{ data: unknown }>(
      "load-session",
      `SELECT s.data ${currentSession} WHERE c.conversation = $1`,
      [conversation],
    );
    return row === undefined ? undefined : parseStoredSession(row.data, conversation);
  }

  async loadSessionById(sessionId: string): Promise<Session | undefined> {
    const row = await this.#one<{ data: unknown }>(
      "load-session-by-id",
      "SELECT data FROM sessions WHERE id = $1",
      [sessionId],
    );
    return row === undefined ? undefined : parseStoredSession(row.data, `session ${sessionId}`);
  }

  async saveSession(next: Session, expectedVersion: number | undefined, jobs: readonly NewJob[] = []) {
    return this.#transaction(async (client) => {
      const now = this.#now();
      if (expectedVersion === undefined) {
        // The conversation row is the lock: of two first saves, only one inserts it.
        const taken = await client.query({
          name: "take-conversation",
          text: "INSERT INTO conversations (conversation, session_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
          values: [next.conversation, next.id],
        });
        if (taken.rowCount === 0) return false;
      } else {
        const current = await client.query<{ version: number }>({
          name: "lock-current-version",
          text: `SELECT s.version ${currentSession} WHERE c.conversation = $1 FOR UPDATE OF c`,
          values: [next.conversation],
        });
        if (current.rows[0]?.version !== expectedVersion) return false;
        await client.query({
          name: "set-current",
          text: "UPDATE conversations SET session_id = $2 WHERE conversation = $1",
          values: [next.conversation, next.id],
        });
      }
      await client.query({
        name: "upsert-session",
        text: `INSERT INTO sessions (id, conversation, status, version, data, created_at, updated_at)
          VALUES ($1, $2, $3, $4, $5, $6, $6)
          ON CONFLICT (id) DO UPDATE SET conversation = excluded.conversation, status = excluded.status,
            version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`,
        values: [next.id, next.conversation, next.status, next.version, JSON.stringify(next), now],
      });
      for (const job of jobs) await this.#enqueue(client, job, now);
      return true;
    });
  }

  async strandedProbingSessions(): Promise<Session[]> {
    const { rows } = await this.#pool.query<{ data: unknown }>(
      `SELECT s.data ${currentSession} WHERE s.status = 'probing'
        AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.session_id = s.id AND j.${openJob})`,
    );
    return rows.map((row) => parseStoredSession(row.data, "a probing session"));
  }

  async countSessions(status?: SessionStatus): Promise<number> {
    const row = await this.#one<{ n: string }>(
      "count-sessions",
      `SELECT count(*) AS n ${currentSession} WHERE $1::text IS NULL OR s.status = $1`,
      [status ?? null],
    );
    return Number(row?.n ?? 0);
  }

  async firstSighting(key: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    const row = await this.#one(
      "first-sighting",
      `INSERT INTO dedupe (key, expires_at) VALUES ($1, $2)
        ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedupe.expires_at <= $3
        RETURNING key`,
      [key, now + ttlMs, now],
    );
    return row !== undefined;
  }

  async acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    const row = await this.#one(
      "acquire-lease",
      `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
          WHERE leases.holder = excluded.holder OR leases.expires_at <= $4
        RETURNING name`,
      [name, holder, now + ttlMs, now],
    );
    return row !== undefined;
  }

  async extendLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#changed(
      "extend-lease",
      "UPDATE leases SET expires_at = $3 WHERE name = $1 AND holder = $2 AND expires_at > $4",
      [name, holder, now + ttlMs, now],
    );
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.#changed("release-lease", "DELETE FROM leases WHERE name = $1 AND holder = $2", [
      name,
      holder,
    ]);
  }

  async leaseHolder(name: string): Promise<string | undefined> {
    const row = await this.#one<{ holder: string }>(
      "lease-holder",
      "SELECT holder FROM leases WHERE name = $1 AND expires_at > $2",
      [name, this.#now()],
    );
    return row?.holder;
  }

  async setLatestInChannel(channel: string, conversation: string): Promise<void> {
    await this.#changed(
      "set-latest",
      `INSERT INTO channel_latest (channel, conversation) VALUES ($1, $2)
        ON CONFLICT (channel) DO UPDATE SET conversation = excluded.conversation`,
      [channel, conversation],
    );
  }

  async latestInChannel(channel: string): Promise<string | undefined> {
    const row = await this.#one<{ conversation: string }>(
      "latest",
      "SELECT conversation FROM channel_latest WHERE channel = $1",
      [channel],
    );
    return row?.conversation;
  }

  async markUndelivered(conversation: string): Promise<void> {
    await this.#changed(
      "mark-undelivered",
      "INSERT INTO undelivered (conversation) VALUES ($1) ON CONFLICT DO NOTHING",
      [conversation],
    );
  }

  async takeUndelivered(conversation: string): Promise<boolean> {
    return this.#changed("take-undelivered", "DELETE FROM undelivered WHERE conversation = $1", [
      conversation,
    ]);
  }

  async enqueueJob(job: NewJob): Promise<string> {
    return this.#enqueue(this.#pool, job, this.#now());
  }

  async claimJob(holder: string, kinds: readonly string[], leaseMs: number): Promise<ClaimedJob | undefined> {
    const now = this.#now();
    // SKIP LOCKED: a job another replica is taking right now is passed over, not waited for or taken twice.
    const row = await this.#one<JobRow>(
      "claim-job",
      `UPDATE jobs SET status = 'running', holder = $1, lease_until = $2, attempts = attempts + 1
        WHERE seq = (
          SELECT seq FROM jobs
          WHERE kind = ANY($3::text[]) AND (status = 'pending' OR (status = 'running' AND lease_until <= $4))
          ORDER BY created_at, seq LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING ${jobColumns}`,
      [holder, now + leaseMs, [...kinds], now],
    );
    return row === undefined ? undefined : claimedJobFromRow(row);
  }

  async extendJob(id: string, holder: string, leaseMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#changed(
      "extend-job",
      `UPDATE jobs SET lease_until = $3
        WHERE id = $1 AND status = 'running' AND holder = $2 AND lease_until > $4`,
      [id, holder, now + leaseMs, now],
    );
  }

  async finishJob(id: string, holder: string, outcome: JobOutcome): Promise<void> {
    await this.#changed(
      "finish-job",
      "UPDATE jobs SET status = $3 WHERE id = $1 AND status = 'running' AND holder = $2",
      [id, holder, outcome],
    );
  }

  async releaseJob(id: string, holder: string): Promise<void> {
    await this.#changed(
      "release-job",
      `UPDATE jobs SET status = 'pending', attempts = attempts - 1, holder = NULL, lease_until = 0
        WHERE id = $1 AND status = 'running' AND holder = $2`,
      [id, holder],
    );
  }

  async countOpenJobs(): Promise<number> {
    const row = await this.#one<{ n: string }>(
      "count-open-jobs",
      `SELECT count(*) AS n FROM jobs WHERE ${openJob}`,
      [],
    );
    return Number(row?.n ?? 0);
  }

  async recordFixOutcome(o: FixOutcomeRecord): Promise<void> {
    await this.#changed(
      "record-fix-outcome",
      `INSERT INTO fix_outcomes (session_id, conversation, flow_id, cause_id, fix_id, solved, actor, at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [o.sessionId, o.conversation, o.flowId, o.causeId, o.fixId, o.solved, o.by, o.at],
    );
  }

  async listFixOutcomes(sessionId?: string): Promise<FixOutcomeRecord[]> {
    const { rows } = await this.#pool.query<FixOutcomeRow>(
      "SELECT * FROM fix_outcomes WHERE $1::text IS NULL OR session_id = $1 ORDER BY seq",
      [sessionId ?? null],
    );
    return rows.map(fixOutcomeFromRow);
  }

  async appendAudit(e: AuditEntry): Promise<void> {
    await this.#changed(
      "append-audit",
      `INSERT INTO audit (at, action, actor, platform, conversation, target, outcome, details)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        e.at,
        e.action,
        e.actor,
        e.platform,
        e.conversation ?? null,
        e.target ?? null,
        e.outcome,
        e.details === undefined ? null : JSON.stringify(e.details),
      ],
    );
  }

  async listAudit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    // The newest `limit` matching entries, read backwards and turned round (newest last).
    const { rows } = await this.#pool.query<AuditRow>(
      `SELECT at, action, actor, platform, conversation, target, outcome, details FROM audit
        WHERE ($1::text IS NULL OR at >= $1) AND ($2::text IS NULL OR actor = $2)
          AND ($3::text IS NULL OR target = $3)
        ORDER BY seq DESC LIMIT $4::bigint`,
      [filter.since ?? null, filter.actor ?? null, filter.target ?? null, filter.limit ?? null],
    );
    return rows.reverse().map(auditEntryFromRow);
  }

  async pruneAudit(before: string): Promise<number> {
    const result = await this.#pool.query("DELETE FROM audit WHERE at < $1", [before]);
    return result.rowCount ?? 0;
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.#pool.query("SELECT 1");
      return { kind: this.kind, ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        kind: this.kind,
        ok: false,
        problem: `The PostgreSQL server in DATABASE_URL (${this.#where}) does not answer: ${reason}`,
      };
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  async #enqueue(db: Queryable, job: NewJob, now: number): Promise<string> {
    const id = randomUUID();
    await db.query({
      name: "enqueue-job",
      text: `INSERT INTO jobs (id, kind, payload, session_id, conversation, status, attempts, holder,
          lease_until, deadline, created_at)
        VALUES ($1, $2, $3, $4, $5, 'pending', 0, NULL, 0, $6, $7)`,
      values: [
        id,
        job.kind,
        JSON.stringify(job.payload ?? null),
        job.sessionId ?? null,
        job.conversation ?? null,
        job.deadline,
        now,
      ],
    });
    return id;
  }

  async #one<Row extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) {
    const { rows } = await this.#pool.query<Row>({ name, text, values });
    return rows[0];
  }

  async #changed(name: string, text: string, values: unknown[]): Promise<boolean> {
    const result = await this.#pool.query({ name, text, values });
    return (result.rowCount ?? 0) > 0;
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
