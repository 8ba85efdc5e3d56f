import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Session, SessionStatus } from "../engine/index.js";
import type { AuditEntry, AuditFilter } from "./audit-entry.js";
import { connectPostgresPool, type PostgresPoolOptions } from "./connect-postgres-pool.js";
import type { ClaimedJob, JobOutcome, NewJob } from "./job.js";
import { type PostgresStatement, postgresStatements } from "./postgres-statements.js";
import { PostgresWatchStore } from "./postgres-watch-store.js";
import { parseStoredSession } from "./session-schema.js";
import type { FixOutcomeRecord, RateSlot, StateStore, StoreHealth } from "./state-store.js";
import {
  type AuditRow,
  auditEntryFromRow,
  claimedJobFromRow,
  type FixOutcomeRow,
  fixOutcomeFromRow,
  type JobRow,
} from "./stored-rows.js";

export interface PostgresStateStoreOptions extends PostgresPoolOptions {
  clock?: () => number;
}

type Queryable = pg.Pool | pg.PoolClient;

/**
 * The state port in PostgreSQL: what replicas share. Every method is one statement or one transaction, so
 * any number of processes may use the same database; leases and jobs are rows, so they hold across them.
 */
export class PostgresStateStore implements StateStore {
  readonly kind = "postgres" as const;
  readonly watches: PostgresWatchStore;
  readonly #pool: pg.Pool;
  readonly #now: () => number;
  readonly #where: string;
  #closed = false;

  /** Connects, proves the server answers, and migrates. A server that cannot be reached is STATE_UNAVAILABLE. */
  static async open(url: string, options: PostgresStateStoreOptions = {}): Promise<PostgresStateStore> {
    const now = options.clock ?? Date.now;
    const { pool, where } = await connectPostgresPool(url, now, options);
    return new PostgresStateStore(pool, now, where);
  }

  private constructor(pool: pg.Pool, now: () => number, where: string) {
    this.#pool = pool;
    this.#now = now;
    this.watches = new PostgresWatchStore(pool, now);
    this.#where = where;
  }

  async loadSession(conversation: string): Promise<Session | undefined> {
    const row = await this.#one<{ data: unknown }>("loadSession", [conversation]);
    return row === undefined ? undefined : parseStoredSession(row.data, conversation);
  }

  async loadSessionById(sessionId: string): Promise<Session | undefined> {
    const row = await this.#one<{ data: unknown }>("loadSessionById", [sessionId]);
    return row === undefined ? undefined : parseStoredSession(row.data, `session ${sessionId}`);
  }

  async saveSession(next: Session, expectedVersion: number | undefined, jobs: readonly NewJob[] = []) {
    return this.#transaction(async (client) => {
      const now = this.#now();
      if (expectedVersion === undefined) {
        const taken = await query(client, "takeConversation", [next.conversation, next.id]);
        if (taken.rowCount === 0) return false;
      } else {
        const current = await query<{ version: number }>(client, "lockCurrentVersion", [next.conversation]);
        if (current.rows[0]?.version !== expectedVersion) return false;
        await query(client, "setCurrent", [next.conversation, next.id]);
      }
      const { id, conversation, status, version } = next;
      await query(client, "upsertSession", [id, conversation, status, version, JSON.stringify(next), now]);
      for (const job of jobs) await this.#enqueue(client, job, now);
      return true;
    });
  }

  async strandedProbingSessions(): Promise<Session[]> {
    const { rows } = await query<{ data: unknown }>(this.#pool, "stranded", []);
    return rows.map((row) => parseStoredSession(row.data, "a probing session"));
  }

  async countSessions(status?: SessionStatus): Promise<number> {
    return Number((await this.#one<{ n: string }>("countSessions", [status ?? null]))?.n ?? 0);
  }

  async firstSighting(key: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    return (await this.#one("firstSighting", [key, now + ttlMs, now])) !== undefined;
  }

  async acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    return (await this.#one("acquireLease", [name, holder, now + ttlMs, now])) !== undefined;
  }

  async extendLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#changed("extendLease", [name, holder, now + ttlMs, now]);
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.#changed("releaseLease", [name, holder]);
  }

  async leaseHolder(name: string): Promise<string | undefined> {
    return (await this.#one<{ holder: string }>("leaseHolder", [name, this.#now()]))?.holder;
  }

  async setLatestInChannel(channel: string, conversation: string): Promise<void> {
    await this.#changed("setLatest", [channel, conversation]);
  }

  async latestInChannel(channel: string): Promise<string | undefined> {
    return (await this.#one<{ conversation: string }>("latest", [channel]))?.conversation;
  }

  async markUndelivered(conversation: string): Promise<void> {
    await this.#changed("markUndelivered", [conversation]);
  }

  async takeUndelivered(conversation: string): Promise<boolean> {
    return this.#changed("takeUndelivered", [conversation]);
  }

  async enqueueJob(job: NewJob): Promise<string> {
    return this.#enqueue(this.#pool, job, this.#now());
  }

  async enqueueFirstDelivery(job: NewJob, deliveryKeys: readonly string[], ttlMs: number) {
    if (deliveryKeys.length === 0) return this.enqueueJob(job);
    return this.#transaction(async (client) => {
      const now = this.#now();
      for (const key of deliveryKeys)
        if ((await query(client, "firstSighting", [key, now + ttlMs, now])).rows.length === 0)
          return undefined;
      return this.#enqueue(client, job, now);
    });
  }

  async claimJob(holder: string, kinds: readonly string[], leaseMs: number): Promise<ClaimedJob | undefined> {
    const now = this.#now();
    const row = await this.#one<JobRow>("claimJob", [holder, now + leaseMs, [...kinds], now]);
    return row === undefined ? undefined : claimedJobFromRow(row);
  }

  async extendJob(id: string, holder: string, leaseMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#changed("extendJob", [id, holder, now + leaseMs, now]);
  }

  async finishJob(id: string, holder: string, outcome: JobOutcome): Promise<void> {
    await this.#changed("finishJob", [id, holder, outcome]);
  }

  async markJobCrashed(id: string, holder: string, reason: string): Promise<boolean> {
    return this.#changed("markJobCrashed", [id, holder, reason]);
  }

  async releaseJob(id: string, holder: string): Promise<void> {
    await this.#changed("releaseJob", [id, holder]);
  }

  async countOpenJobs(kind?: string): Promise<number> {
    return Number((await this.#one<{ n: string }>("countOpenJobs", [kind ?? null]))?.n ?? 0);
  }

  async takeRateSlot(key: string, limit: number, windowMs: number): Promise<RateSlot> {
    return this.#transaction(async (client) => {
      const now = this.#now();
      await query(client, "lockRateKey", [key]);
      await query(client, "forgetOldRateUses", [key, now - windowMs]);
      const window = (await query<{ uses: string; oldest: string | null }>(client, "rateWindow", [key]))
        .rows[0];
      if (Number(window?.uses ?? 0) >= limit)
        return { taken: false, retryAt: Number(window?.oldest ?? now) + windowMs };
      await query(client, "countRateUse", [key, now]);
      return { taken: true };
    });
  }

  async recordFixOutcome(o: FixOutcomeRecord): Promise<void> {
    await this.#changed("recordFixOutcome", [
      o.sessionId,
      o.conversation,
      o.flowId,
      o.causeId,
      o.fixId,
      o.solved,
      o.by,
      o.at,
    ]);
  }

  async listFixOutcomes(sessionId?: string): Promise<FixOutcomeRecord[]> {
    const { rows } = await query<FixOutcomeRow>(this.#pool, "listFixOutcomes", [sessionId ?? null]);
    return rows.map(fixOutcomeFromRow);
  }

  async appendAudit(e: AuditEntry): Promise<void> {
    const details = e.details === undefined ? null : JSON.stringify(e.details);
    await this.#changed("appendAudit", [
      e.at,
      e.action,
      e.actor,
      e.platform,
      e.conversation ?? null,
      e.target ?? null,
      e.outcome,
      details,
    ]);
  }

  async listAudit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const { since, actor, target, limit } = filter;
    const { rows } = await query<AuditRow>(this.#pool, "listAudit", [
      since ?? null,
      actor ?? null,
      target ?? null,
      limit ?? null,
    ]);
    return rows.reverse().map(auditEntryFromRow);
  }

  async pruneAudit(before: string): Promise<number> {
    return (await query(this.#pool, "pruneAudit", [before])).rowCount ?? 0;
  }

  async pruneFinished(before: number): Promise<number> {
    await query(this.#pool, "pruneExpiredDedupe", [this.#now()]);
    await query(this.#pool, "pruneRateUses", [before]);
    return (await query(this.#pool, "pruneFinishedJobs", [before])).rowCount ?? 0;
  }

  async health(): Promise<StoreHealth> {
    try {
      await query(this.#pool, "ping", []);
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
    const payload = JSON.stringify(job.payload ?? null);
    const { kind, sessionId, conversation, deadline } = job;
    await query(db, "enqueueJob", [
      id,
      kind,
      payload,
      sessionId ?? null,
      conversation ?? null,
      deadline,
      now,
    ]);
    return id;
  }

  async #one<Row extends pg.QueryResultRow>(statement: PostgresStatement, values: unknown[]) {
    return (await query<Row>(this.#pool, statement, values)).rows[0];
  }

  async #changed(statement: PostgresStatement, values: unknown[]): Promise<boolean> {
    return ((await query(this.#pool, statement, values)).rowCount ?? 0) > 0;
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

function query<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  db: Queryable,
  statement: PostgresStatement,
  values: unknown[],
): Promise<pg.QueryResult<Row>> {
  return db.query<Row>({ name: statement, text: postgresStatements[statement], values });
}
