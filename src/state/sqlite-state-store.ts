import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import type { Session, SessionStatus } from "../engine/index.js";
import type { AuditEntry, AuditFilter } from "./audit-entry.js";
import type { ClaimedJob, JobOutcome, NewJob } from "./job.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { parseStoredSession } from "./session-schema.js";
import { prepareSqliteStatements, type SqliteStatements } from "./sqlite-statements.js";
import { SqliteWatchStore } from "./sqlite-watch-store.js";
import { startWalCheckpointer, type WalCheckpointer } from "./start-wal-checkpointer.js";
import type { FixOutcomeRecord, RateSlot, StateStore, StoreHealth } from "./state-store.js";
import {
  type AuditRow,
  auditEntryFromRow,
  claimedJobFromRow,
  type FixOutcomeRow,
  fixOutcomeFromRow,
  type JobRow,
} from "./stored-rows.js";
import { type TurnBatch, turnBatch } from "./turn-batch.js";

export interface SqliteStateStoreOptions {
  clock?: () => number;
  /** How long a write waits for another process holding the file's write lock. Default 5000 ms. */
  busyTimeoutMs?: number;
  /**
   * Checkpoint the WAL on a thread of its own every this many ms, never from a commit (`serve`: its commits
   * run on the loop that acknowledges chat requests). Without it SQLite checkpoints every 1,000 pages.
   */
  walCheckpointEveryMs?: number;
}

type SaveSession = (next: Session, expectedVersion: number | undefined, jobs: readonly NewJob[]) => boolean;
type Delivery = { job: NewJob; deliveryKeys: readonly string[]; ttlMs: number };

/** Expired dedupe keys are swept every this many sightings, so the table stays as small as the TTL window. */
const dedupeSweepEvery = 1000;

/**
 * The state port in one SQLite file: for a single host, where several processes (serve, CLI) may share it.
 * better-sqlite3 is synchronous, so every method finishes before it returns; the port's promises just wrap.
 */
export class SqliteStateStore implements StateStore {
  readonly kind = "sqlite" as const;
  readonly watches: SqliteWatchStore;
  readonly #db: Database.Database;
  readonly #sql: SqliteStatements;
  readonly #now: () => number;
  readonly #saveTransaction: Database.Transaction<SaveSession>;
  readonly #rateTransaction: Database.Transaction<(key: string, limit: number, windowMs: number) => RateSlot>;
  readonly #deliveries: TurnBatch<Delivery, string | undefined>;
  #sightings = 0;
  #checkpointer: WalCheckpointer | undefined;

  /** Opens (creating it and its directory when missing) and migrates the file at `path`. */
  static open(path: string, options: SqliteStateStoreOptions = {}): SqliteStateStore {
    const now = options.clock ?? Date.now;
    const db = openSqliteDatabase(path, now, options.busyTimeoutMs);
    const store = new SqliteStateStore(db, now);
    if (options.walCheckpointEveryMs !== undefined)
      store.#checkpointInBackground(path, options.walCheckpointEveryMs);
    return store;
  }

  private constructor(db: Database.Database, now: () => number) {
    this.#db = db;
    this.#now = now;
    this.#sql = prepareSqliteStatements(db);
    this.watches = new SqliteWatchStore(db, now);
    // Run immediate: the write lock is taken before the version is read, so no other process slips between.
    this.#saveTransaction = db.transaction<SaveSession>((next, expected, jobs) =>
      this.#save(next, expected, jobs),
    );
    this.#rateTransaction = db.transaction((key: string, limit: number, windowMs: number) =>
      this.#takeRateSlot(key, limit, windowMs),
    );
    const enqueueFirst = db.transaction((deliveries: readonly Delivery[]) =>
      deliveries.map(({ job, deliveryKeys, ttlMs }) => {
        const now = this.#now();
        for (const key of deliveryKeys) if (!this.#sighted(key, ttlMs, now)) return undefined;
        return this.#enqueue(job, now);
      }),
    );
    this.#deliveries = turnBatch((deliveries) => enqueueFirst.immediate(deliveries));
  }

  async loadSession(conversation: string): Promise<Session | undefined> {
    return this.#session(this.#sql.loadSession.get(conversation), conversation);
  }

  async loadSessionById(sessionId: string): Promise<Session | undefined> {
    return this.#session(this.#sql.loadSessionById.get(sessionId), `session ${sessionId}`);
  }

  async saveSession(next: Session, expectedVersion: number | undefined, jobs: readonly NewJob[] = []) {
    return this.#saveTransaction.immediate(next, expectedVersion, jobs);
  }

  #save(next: Session, expectedVersion: number | undefined, jobs: readonly NewJob[]): boolean {
    const current = this.#sql.currentVersion.get(next.conversation) as number | undefined;
    if (current !== expectedVersion) return false;
    const now = this.#now();
    this.#sql.upsertSession.run({
      id: next.id,
      conversation: next.conversation,
      status: next.status,
      version: next.version,
      data: JSON.stringify(next),
      now,
    });
    this.#sql.setCurrent.run(next.conversation, next.id);
    for (const job of jobs) this.#enqueue(job, now);
    return true;
  }

  async strandedProbingSessions(): Promise<Session[]> {
    return (this.#sql.stranded.all() as string[]).map((data) => this.#parse(data, "a probing session"));
  }

  async countSessions(status?: SessionStatus): Promise<number> {
    return this.#sql.countSessions.get({ status: status ?? null }) as number;
  }

  async firstSighting(key: string, ttlMs: number): Promise<boolean> {
    return this.#sighted(key, ttlMs, this.#now());
  }

  #sighted(key: string, ttlMs: number, now: number): boolean {
    if (++this.#sightings % dedupeSweepEvery === 0) this.#sql.pruneDedupe.run(now);
    return this.#sql.firstSighting.get({ key, expiresAt: now + ttlMs, now }) !== undefined;
  }

  async acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#sql.acquireLease.get({ name, holder, until: now + ttlMs, now }) !== undefined;
  }

  async extendLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#sql.extendLease.run({ name, holder, until: now + ttlMs, now }).changes > 0;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    this.#sql.releaseLease.run(name, holder);
  }

  async leaseHolder(name: string): Promise<string | undefined> {
    return this.#sql.leaseHolder.get(name, this.#now()) as string | undefined;
  }

  async setLatestInChannel(channel: string, conversation: string): Promise<void> {
    this.#sql.setLatest.run(channel, conversation);
  }

  async latestInChannel(channel: string): Promise<string | undefined> {
    return this.#sql.latest.get(channel) as string | undefined;
  }

  async markUndelivered(conversation: string): Promise<void> {
    this.#sql.markUndelivered.run(conversation);
  }

  async takeUndelivered(conversation: string): Promise<boolean> {
    return this.#sql.takeUndelivered.run(conversation).changes > 0;
  }

  async enqueueJob(job: NewJob): Promise<string> {
    return this.#enqueue(job, this.#now());
  }

  /** Written with the other deliveries of this turn of the event loop, in one transaction (turn-batch.ts). */
  enqueueFirstDelivery(job: NewJob, deliveryKeys: readonly string[], ttlMs: number) {
    return this.#deliveries.add({ job, deliveryKeys, ttlMs });
  }

  async claimJob(holder: string, kinds: readonly string[], leaseMs: number): Promise<ClaimedJob | undefined> {
    const now = this.#now();
    const row = this.#sql.claimJob.get({ holder, until: now + leaseMs, now, kinds: JSON.stringify(kinds) }) as
      | (JobRow & { payload: string })
      | undefined;
    return row === undefined ? undefined : claimedJobFromRow({ ...row, payload: JSON.parse(row.payload) });
  }

  async extendJob(id: string, holder: string, leaseMs: number): Promise<boolean> {
    const now = this.#now();
    return this.#sql.extendJob.run({ id, holder, until: now + leaseMs, now }).changes > 0;
  }

  async finishJob(id: string, holder: string, outcome: JobOutcome): Promise<void> {
    this.#sql.finishJob.run({ id, holder, outcome });
  }

  async markJobCrashed(id: string, holder: string, reason: string): Promise<boolean> {
    return this.#sql.markJobCrashed.run({ id, holder, reason }).changes > 0;
  }

  async releaseJob(id: string, holder: string): Promise<void> {
    this.#sql.releaseJob.run(id, holder);
  }

  async countOpenJobs(kind?: string): Promise<number> {
    return this.#sql.countOpenJobs.get({ kind: kind ?? null }) as number;
  }

  async takeRateSlot(key: string, limit: number, windowMs: number): Promise<RateSlot> {
    return this.#rateTransaction.immediate(key, limit, windowMs);
  }

  #takeRateSlot(key: string, limit: number, windowMs: number): RateSlot {
    const now = this.#now();
    this.#sql.forgetOldRateUses.run({ key, since: now - windowMs });
    const window = this.#sql.rateWindow.get({ key }) as { uses: number; oldest: number | null };
    if (window.uses >= limit) return { taken: false, retryAt: (window.oldest ?? now) + windowMs };
    this.#sql.countRateUse.run({ key, now });
    return { taken: true };
  }

  async recordFixOutcome(outcome: FixOutcomeRecord): Promise<void> {
    this.#sql.recordFixOutcome.run({ ...outcome, solved: outcome.solved ? 1 : 0 });
  }

  async listFixOutcomes(sessionId?: string): Promise<FixOutcomeRecord[]> {
    const rows = this.#sql.listFixOutcomes.all({ sessionId: sessionId ?? null }) as FixOutcomeRow[];
    return rows.map(fixOutcomeFromRow);
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.#sql.appendAudit.run({
      at: entry.at,
      action: entry.action,
      actor: entry.actor,
      platform: entry.platform,
      conversation: entry.conversation ?? null,
      target: entry.target ?? null,
      outcome: entry.outcome,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    });
  }

  async listAudit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const rows = this.#sql.listAudit.all({
      since: filter.since ?? null,
      actor: filter.actor ?? null,
      target: filter.target ?? null,
      limit: filter.limit ?? -1,
    }) as (Omit<AuditRow, "details"> & { details: string | null })[];
    return rows
      .reverse()
      .map((row) =>
        auditEntryFromRow({ ...row, details: row.details === null ? null : JSON.parse(row.details) }),
      );
  }

  async pruneAudit(before: string): Promise<number> {
    return this.#sql.pruneAudit.run(before).changes;
  }

  async pruneFinished(before: number): Promise<number> {
    this.#sql.pruneExpiredDedupe.run(this.#now());
    this.#sql.pruneRateUses.run(before);
    return this.#sql.pruneFinishedJobs.run(before).changes;
  }

  async health(): Promise<StoreHealth> {
    try {
      this.#sql.ping.get();
      return { kind: this.kind, ok: true };
    } catch (error) {
      return {
        kind: this.kind,
        ok: false,
        problem: `The state database ${this.#db.name} does not answer: ${String(error)}`,
      };
    }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#deliveries.flush();
    await this.#checkpointer?.stop();
    if (this.#db.open) this.#db.close();
  }

  #checkpointInBackground(path: string, everyMs: number): void {
    this.#db.pragma("wal_autocheckpoint = 0");
    this.#checkpointer = startWalCheckpointer(path, everyMs, () => {
      // The thread is gone: commits checkpoint again, as SQLite does by default, so the WAL cannot grow on.
      if (this.#db.open) this.#db.pragma("wal_autocheckpoint = 1000");
    });
  }

  #enqueue(job: NewJob, now: number): string {
    const id = randomUUID();
    this.#sql.enqueueJob.run({
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? null),
      sessionId: job.sessionId ?? null,
      conversation: job.conversation ?? null,
      deadline: job.deadline,
      now,
    });
    return id;
  }

  #session(data: unknown, where: string): Session | undefined {
    return typeof data === "string" ? this.#parse(data, where) : undefined;
  }

  #parse(data: string, where: string): Session {
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      value = undefined;
    }
    return parseStoredSession(value, where);
  }
}
