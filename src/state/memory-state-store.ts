import { randomUUID } from "node:crypto";
import type { Session, SessionStatus } from "../engine/index.js";
import type { AuditEntry, AuditFilter } from "./audit-entry.js";
import { auditMatches } from "./audit-matches.js";
import type { ClaimedJob, JobOutcome, JobStatus, NewJob } from "./job.js";
import { MemoryWatchStore } from "./memory-watch-store.js";
import { parseStoredSession } from "./session-schema.js";
import type { FixOutcomeRecord, RateSlot, StateStore, StoreHealth } from "./state-store.js";

interface JobRow extends ClaimedJob {
  status: JobStatus;
  holder?: string;
  leaseUntil: number;
}

interface Lease {
  holder: string;
  until: number;
}

/**
 * The state port in process memory: for tests only (it dies with the process, which is what the other
 * stores exist to prevent). It is the reference the contract suite holds SQLite and PostgreSQL to.
 */
export class MemoryStateStore implements StateStore {
  readonly kind = "memory" as const;
  readonly #sessions = new Map<string, Session>();
  readonly #current = new Map<string, string>();
  readonly #seen = new Map<string, number>();
  readonly #leases = new Map<string, Lease>();
  readonly #latest = new Map<string, string>();
  readonly #undelivered = new Set<string>();
  readonly #jobs: JobRow[] = [];
  readonly #outcomes: FixOutcomeRecord[] = [];
  readonly #audit: AuditEntry[] = [];
  readonly #rateUses = new Map<string, number[]>();

  readonly watches: MemoryWatchStore;

  constructor(private readonly now: () => number = Date.now) {
    this.watches = new MemoryWatchStore(now);
  }

  async loadSession(conversation: string): Promise<Session | undefined> {
    const id = this.#current.get(conversation);
    return id === undefined ? undefined : this.loadSessionById(id);
  }

  async loadSessionById(sessionId: string): Promise<Session | undefined> {
    const session = this.#sessions.get(sessionId);
    return session === undefined
      ? undefined
      : parseStoredSession(structuredClone(session), session.conversation);
  }

  async saveSession(next: Session, expectedVersion: number | undefined, jobs: readonly NewJob[] = []) {
    const currentId = this.#current.get(next.conversation);
    const current = currentId === undefined ? undefined : this.#sessions.get(currentId);
    if (current?.version !== expectedVersion) return false;
    this.#sessions.set(next.id, structuredClone(next));
    this.#current.set(next.conversation, next.id);
    for (const job of jobs) await this.enqueueJob(job);
    return true;
  }

  async strandedProbingSessions(): Promise<Session[]> {
    const open = new Set(
      this.#jobs.filter((j) => j.status === "pending" || j.status === "running").map((j) => j.sessionId),
    );
    return this.#currentSessions().filter((s) => s.status === "probing" && !open.has(s.id));
  }

  async countSessions(status?: SessionStatus): Promise<number> {
    return this.#currentSessions().filter((s) => status === undefined || s.status === status).length;
  }

  async firstSighting(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const expiry = this.#seen.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.#seen.set(key, now + ttlMs);
    return true;
  }

  async acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const lease = this.#leases.get(name);
    const now = this.now();
    if (lease && lease.until > now && lease.holder !== holder) return false;
    this.#leases.set(name, { holder, until: now + ttlMs });
    return true;
  }

  async extendLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const lease = this.#leases.get(name);
    const now = this.now();
    if (!lease || lease.holder !== holder || lease.until <= now) return false;
    lease.until = now + ttlMs;
    return true;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    if (this.#leases.get(name)?.holder === holder) this.#leases.delete(name);
  }

  async leaseHolder(name: string): Promise<string | undefined> {
    const lease = this.#leases.get(name);
    return lease && lease.until > this.now() ? lease.holder : undefined;
  }

  async setLatestInChannel(channel: string, conversation: string): Promise<void> {
    this.#latest.set(channel, conversation);
  }

  async latestInChannel(channel: string): Promise<string | undefined> {
    return this.#latest.get(channel);
  }

  async markUndelivered(conversation: string): Promise<void> {
    this.#undelivered.add(conversation);
  }

  async takeUndelivered(conversation: string): Promise<boolean> {
    return this.#undelivered.delete(conversation);
  }

  async enqueueFirstDelivery(job: NewJob, deliveryKeys: readonly string[], ttlMs: number) {
    for (const key of deliveryKeys) if (!(await this.firstSighting(key, ttlMs))) return undefined;
    return this.enqueueJob(job);
  }

  async enqueueJob(job: NewJob): Promise<string> {
    const id = randomUUID();
    this.#jobs.push({
      id,
      kind: job.kind,
      payload: structuredClone(job.payload),
      ...(job.sessionId === undefined ? {} : { sessionId: job.sessionId }),
      ...(job.conversation === undefined ? {} : { conversation: job.conversation }),
      deadline: job.deadline,
      attempts: 0,
      createdAt: this.now(),
      status: "pending",
      leaseUntil: 0,
    });
    return id;
  }

  async claimJob(holder: string, kinds: readonly string[], leaseMs: number) {
    const now = this.now();
    const job = this.#jobs.find(
      (j) =>
        kinds.includes(j.kind) && (j.status === "pending" || (j.status === "running" && j.leaseUntil <= now)),
    );
    if (!job) return undefined;
    job.status = "running";
    job.holder = holder;
    job.leaseUntil = now + leaseMs;
    job.attempts++;
    const { status: _status, holder: _holder, leaseUntil: _until, ...claimed } = job;
    return structuredClone(claimed);
  }

  async extendJob(id: string, holder: string, leaseMs: number): Promise<boolean> {
    const job = this.#runningJob(id, holder);
    if (!job || job.leaseUntil <= this.now()) return false;
    job.leaseUntil = this.now() + leaseMs;
    return true;
  }

  async finishJob(id: string, holder: string, outcome: JobOutcome): Promise<void> {
    const job = this.#runningJob(id, holder);
    if (job) job.status = outcome;
  }

  async markJobCrashed(id: string, holder: string, reason: string): Promise<boolean> {
    const job = this.#runningJob(id, holder);
    if (job) job.crashed = reason;
    return job !== undefined;
  }

  async releaseJob(id: string, holder: string): Promise<void> {
    const job = this.#runningJob(id, holder);
    if (!job) return;
    job.status = "pending";
    job.attempts--;
    delete job.holder;
    job.leaseUntil = 0;
  }

  async countOpenJobs(kind?: string): Promise<number> {
    return this.#jobs.filter(
      (j) => (j.status === "pending" || j.status === "running") && (kind === undefined || j.kind === kind),
    ).length;
  }

  async takeRateSlot(key: string, limit: number, windowMs: number): Promise<RateSlot> {
    const now = this.now();
    const uses = (this.#rateUses.get(key) ?? []).filter((at) => at > now - windowMs);
    this.#rateUses.set(key, uses);
    if (uses.length >= limit) return { taken: false, retryAt: (uses[0] ?? now) + windowMs };
    uses.push(now);
    return { taken: true };
  }

  async recordFixOutcome(outcome: FixOutcomeRecord): Promise<void> {
    this.#outcomes.push({ ...outcome });
  }

  async listFixOutcomes(sessionId?: string): Promise<FixOutcomeRecord[]> {
    return this.#outcomes
      .filter((o) => sessionId === undefined || o.sessionId === sessionId)
      .map((o) => ({ ...o }));
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.#audit.push(structuredClone(entry));
  }

  async listAudit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const matching = this.#audit.filter((entry) => auditMatches(entry, filter));
    const limited = filter.limit === undefined ? matching : matching.slice(-filter.limit);
    return structuredClone(limited);
  }

  async pruneAudit(before: string): Promise<number> {
    const keep = this.#audit.filter((entry) => entry.at >= before);
    const dropped = this.#audit.length - keep.length;
    this.#audit.splice(0, this.#audit.length, ...keep);
    return dropped;
  }

  async pruneFinished(before: number): Promise<number> {
    const keep = this.#jobs.filter(
      (j) => !((j.status === "done" || j.status === "settled") && j.createdAt < before),
    );
    const dropped = this.#jobs.length - keep.length;
    this.#jobs.splice(0, this.#jobs.length, ...keep);
    const now = this.now();
    for (const [key, expiry] of this.#seen) if (expiry <= now) this.#seen.delete(key);
    for (const [key, uses] of this.#rateUses) {
      const recent = uses.filter((at) => at >= before);
      if (recent.length === 0) this.#rateUses.delete(key);
      else this.#rateUses.set(key, recent);
    }
    return dropped;
  }

  async health(): Promise<StoreHealth> {
    return { kind: this.kind, ok: true };
  }

  async close(): Promise<void> {}

  #currentSessions(): Session[] {
    return [...this.#current.values()].flatMap((id) => {
      const session = this.#sessions.get(id);
      return session ? [session] : [];
    });
  }

  #runningJob(id: string, holder: string): JobRow | undefined {
    return this.#jobs.find((j) => j.id === id && j.status === "running" && j.holder === holder);
  }
}
