import type Database from "better-sqlite3";
import {
  watchColumns as columns,
  type NewWatch,
  type Watch,
  type WatchRow,
  type WatchStore,
  type WatchTarget,
  watchFromRow,
} from "./watch.js";

/** Watches in the SQLite file; one process writes at a time, so a claim is one UPDATE and is atomic. */
export class SqliteWatchStore implements WatchStore {
  readonly #sql;
  readonly #put: Database.Transaction<(watch: NewWatch) => "added" | "updated">;

  constructor(
    db: Database.Database,
    private readonly now: () => number,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.#sql = {
      put: p(`
        INSERT INTO watches (host, port, owner, report_platform, report_to, interval_ms, next_due, created_at)
        VALUES (@host, @port, @owner, @platform, @conversation, @intervalMs, @firstDue, @now)
        ON CONFLICT (host, port) DO UPDATE SET owner = excluded.owner,
          report_platform = excluded.report_platform, report_to = excluded.report_to,
          interval_ms = excluded.interval_ms, next_due = MIN(watches.next_due, excluded.next_due)
        `),
      exists: p("SELECT 1 FROM watches WHERE host = ? AND port = ?").pluck(),
      remove: p("DELETE FROM watches WHERE host = ? AND port = ?"),
      list: p(`SELECT ${columns} FROM watches ORDER BY host, port`),
      claim: p(`
        UPDATE watches SET holder = @holder, lease_until = @until
        WHERE rowid = (SELECT rowid FROM watches WHERE next_due <= @now AND lease_until <= @now
          ORDER BY next_due LIMIT 1)
        RETURNING ${columns}`),
      running: p("SELECT COUNT(*) FROM watches WHERE holder IS NOT NULL AND lease_until > ?").pluck(),
      finish: p(`
        UPDATE watches SET last_result = @result, last_checked_at = @now, next_due = @now + interval_ms,
          holder = NULL, lease_until = 0
        WHERE host = @host AND port = @port AND holder = @holder`),
    };
    this.#put = db.transaction((watch: NewWatch) => {
      const existed = this.#sql.exists.get(watch.host, watch.port) !== undefined;
      this.#sql.put.run({
        host: watch.host,
        port: watch.port,
        owner: watch.owner,
        intervalMs: watch.intervalMs,
        firstDue: watch.firstDue,
        platform: watch.reportTo?.platform ?? null,
        conversation: watch.reportTo?.conversation ?? null,
        now: this.now(),
      });
      return existed ? "updated" : "added";
    });
  }

  async putWatch(watch: NewWatch): Promise<"added" | "updated"> {
    return this.#put.immediate(watch);
  }

  async removeWatch(target: WatchTarget): Promise<boolean> {
    return this.#sql.remove.run(target.host, target.port).changes > 0;
  }

  async listWatches(): Promise<Watch[]> {
    return (this.#sql.list.all() as WatchRow[]).map((row) => watchFromRow(row, parseJson));
  }

  async claimDueWatch(holder: string, leaseMs: number): Promise<Watch | undefined> {
    const now = this.now();
    const row = this.#sql.claim.get({ holder, until: now + leaseMs, now }) as WatchRow | undefined;
    return row === undefined ? undefined : watchFromRow(row, parseJson);
  }

  async finishWatchCheck(target: WatchTarget, holder: string, result: unknown): Promise<boolean> {
    const values = { ...target, holder, result: JSON.stringify(result ?? null), now: this.now() };
    return this.#sql.finish.run(values).changes > 0;
  }

  async countRunningChecks(): Promise<number> {
    return Number(this.#sql.running.get(this.now()));
  }
}

function parseJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
