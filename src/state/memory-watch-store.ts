import type { NewWatch, Watch, WatchStore, WatchTarget } from "./watch.js";

interface Row {
  watch: Watch;
  holder?: string;
  leaseUntil: number;
}

/** Watches in process memory: the reference the contract suite holds SQLite and PostgreSQL to. */
export class MemoryWatchStore implements WatchStore {
  readonly #rows = new Map<string, Row>();

  constructor(private readonly now: () => number) {}

  async putWatch(watch: NewWatch): Promise<"added" | "updated"> {
    const { firstDue, ...fields } = watch;
    const existing = this.#rows.get(key(watch));
    if (existing) {
      const { reportTo: _dropped, ...kept } = existing.watch;
      const nextDue = Math.min(existing.watch.nextDue, firstDue);
      existing.watch = { ...kept, ...fields, nextDue };
      return "updated";
    }
    this.#rows.set(key(watch), {
      watch: { ...fields, nextDue: firstDue, createdAt: this.now() },
      leaseUntil: 0,
    });
    return "added";
  }

  async removeWatch(target: WatchTarget): Promise<boolean> {
    return this.#rows.delete(key(target));
  }

  async listWatches(): Promise<Watch[]> {
    return [...this.#rows.values()]
      .map((row) => structuredClone(row.watch))
      .sort((a, b) => (a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1));
  }

  async claimDueWatch(holder: string, leaseMs: number): Promise<Watch | undefined> {
    const now = this.now();
    const due = [...this.#rows.values()]
      .filter((row) => row.watch.nextDue <= now && row.leaseUntil <= now)
      .sort((a, b) => a.watch.nextDue - b.watch.nextDue)[0];
    if (!due) return undefined;
    due.holder = holder;
    due.leaseUntil = now + leaseMs;
    return structuredClone(due.watch);
  }

  async finishWatchCheck(target: WatchTarget, holder: string, result: unknown): Promise<boolean> {
    const row = this.#rows.get(key(target));
    if (!row || row.holder !== holder) return false;
    const now = this.now();
    row.watch = {
      ...row.watch,
      lastResult: structuredClone(result),
      lastCheckedAt: now,
      nextDue: now + row.watch.intervalMs,
    };
    delete row.holder;
    row.leaseUntil = 0;
    return true;
  }

  async countRunningChecks(): Promise<number> {
    const now = this.now();
    return [...this.#rows.values()].filter((row) => row.holder !== undefined && row.leaseUntil > now).length;
  }
}

function key(target: WatchTarget): string {
  return `${target.host}\u0000${target.port}`;
}
