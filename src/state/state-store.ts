import type { Session, SessionStatus } from "../engine/index.js";
import type { AuditEntry, AuditFilter } from "./audit-entry.js";
import type { ClaimedJob, JobOutcome, NewJob } from "./job.js";
import type { WatchStore } from "./watch.js";

export type StoreKind = "memory" | "sqlite" | "postgres";

export interface StoreHealth {
  kind: StoreKind;
  ok: boolean;
  /** What is wrong, in words an operator can act on; absent when ok. */
  problem?: string;
}

export type RateSlot = { taken: true } | { taken: false; retryAt: number };

export interface FixOutcomeRecord {
  sessionId: string;
  conversation: string;
  flowId: string;
  causeId: string;
  fixId: string;
  solved: boolean;
  by: string;
  /** ISO time. */
  at: string;
}

/**
 * The one state port: everything that must outlive a process or be shared by replicas. Times are epoch
 * milliseconds from the store's own clock (injected, so leases and TTLs can be tested without waiting).
 * Every method is atomic on its own; nothing here holds a lock across calls except the leases it grants.
 */
export interface StateStore {
  readonly kind: StoreKind;

  /** The current session of a conversation (a thread), validated; undefined when there is none. */
  loadSession(conversation: string): Promise<Session | undefined>;
  /** Any session by id, current or replaced, validated. */
  loadSessionById(sessionId: string): Promise<Session | undefined>;
  /**
   * Makes `next` the current session of `next.conversation` only if the current one still has
   * `expectedVersion` (undefined: the conversation has no session yet). `next` may replace the current
   * session with a new id (a fresh start in the same thread). The jobs are enqueued in the same transaction
   * (the outbox), so a saved `probing` session always has its probe job. False on a conflict.
   */
  saveSession(next: Session, expectedVersion: number | undefined, jobs?: readonly NewJob[]): Promise<boolean>;
  /**
   * Current sessions in `probing` with no pending or running job: their probe run was lost (a store from
   * before the outbox, or a job settled without settling its session). Start-up settles them.
   */
  strandedProbingSessions(): Promise<Session[]>;
  /** How many current sessions are in each status (health and benchmarks). */
  countSessions(status?: SessionStatus): Promise<number>;

  /** True exactly once per key within `ttlMs`, across every replica (delivery dedupe). */
  firstSighting(key: string, ttlMs: number): Promise<boolean>;

  /**
   * Takes the named lease for `holder`, or renews it when `holder` already has it. False while another
   * holder's lease is live; a lease whose holder stopped renewing expires after `ttlMs`.
   */
  acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Renews a lease `holder` still has; false when it expired and someone else took it (or nobody has it). */
  extendLease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `holder` has it; otherwise does nothing. */
  releaseLease(name: string, holder: string): Promise<void>;
  /** Who holds a live lease, if anyone. */
  leaseHolder(name: string): Promise<string | undefined>;

  /** The conversation a channel's latest diagnosis runs in, for `/rdp-fix handoff` without a thread. */
  setLatestInChannel(channel: string, conversation: string): Promise<void>;
  latestInChannel(channel: string): Promise<string | undefined>;

  /** A message to this conversation was lost for good; the next delivered one offers Resume. */
  markUndelivered(conversation: string): Promise<void>;
  /** True (and cleared) when a message to the conversation was lost since the last call. */
  takeUndelivered(conversation: string): Promise<boolean>;

  /** Adds a job that any replica may take; returns its id. */
  enqueueJob(job: NewJob): Promise<string>;
  /**
   * Adds the job unless one of `deliveryKeys` was seen within `ttlMs` (the platform sent the delivery again),
   * as firstSighting would, key by key, and the job in one transaction: an adapter's ack path writes once.
   * The job's id, or undefined for a repeat.
   */
  enqueueFirstDelivery(
    job: NewJob,
    deliveryKeys: readonly string[],
    ttlMs: number,
  ): Promise<string | undefined>;
  /**
   * Takes the oldest job of one of `kinds` that is pending, or running under an expired lease (its holder
   * died), for `holder` with a lease of `leaseMs`; its `attempts` counts this take.
   */
  claimJob(holder: string, kinds: readonly string[], leaseMs: number): Promise<ClaimedJob | undefined>;
  /** Renews the lease on a running job; false when `holder` lost it. */
  extendJob(id: string, holder: string, leaseMs: number): Promise<boolean>;
  /** Ends a job `holder` runs: done, or settled (given up, the user told). */
  finishJob(id: string, holder: string, outcome: JobOutcome): Promise<void>;
  /** Hands a running job back untouched (a clean shutdown): pending again, this take not counted. */
  releaseJob(id: string, holder: string): Promise<void>;
  /**
   * Records that `holder`'s run of a job failed with an uncaught error (`reason`), before anything else is
   * tried: whoever takes the job next settles it instead of running it. False when `holder` does not hold it.
   */
  markJobCrashed(id: string, holder: string, reason: string): Promise<boolean>;
  /** Jobs not yet done or settled, of one kind or all (the concurrent-probe limit, tests, shutdown). */
  countOpenJobs(kind?: string): Promise<number>;

  /**
   * Counts one use of `key` if fewer than `limit` uses were counted in the last `windowMs` (a sliding
   * window), atomically across replicas. When the window is full nothing is counted, and `retryAt` (epoch
   * ms) says when the oldest use leaves it.
   */
  takeRateSlot(key: string, limit: number, windowMs: number): Promise<RateSlot>;

  recordFixOutcome(outcome: FixOutcomeRecord): Promise<void>;
  listFixOutcomes(sessionId?: string): Promise<FixOutcomeRecord[]>;

  /** The audit trail: append-only records, newest last. */
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(filter?: AuditFilter): Promise<AuditEntry[]>;
  /** Drops audit entries older than `before` (ISO time); returns how many. */
  pruneAudit(before: string): Promise<number>;
  /**
   * Drops what nothing will read again: jobs done or settled before `before` (epoch ms), expired dedupe
   * keys, and rate-limit uses older than `before`. Returns how many jobs went.
   */
  pruneFinished(before: number): Promise<number>;

  /** The watched RDP endpoints and their leased due checks, in the same database. */
  readonly watches: WatchStore;

  /** A cheap round trip that proves the store answers. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
