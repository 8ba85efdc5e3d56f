import type pg from "pg";
import {
  watchColumns as columns,
  type NewWatch,
  type Watch,
  type WatchRow,
  type WatchStore,
  type WatchTarget,
  watchFromRow,
} from "./watch.js";

/** Named statements (pg prepares each once per connection). */
const statements = {
  putWatch: `
    INSERT INTO watches (host, port, owner, report_platform, report_to, interval_ms, next_due, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
    ON CONFLICT (host, port) DO UPDATE SET owner = excluded.owner,
      report_platform = excluded.report_platform, report_to = excluded.report_to,
      interval_ms = excluded.interval_ms, next_due = LEAST(watches.next_due, excluded.next_due)
    RETURNING (xmax = 0) AS added`,
  removeWatch: "DELETE FROM watches WHERE host = $1 AND port = $2",
  listWatches: `SELECT ${columns} FROM watches ORDER BY host, port`,
  // SKIP LOCKED: two replicas claiming at once take different watches, never the same one twice.
  claimDueWatch: `
    UPDATE watches SET holder = $1, lease_until = $2
    WHERE (host, port) = (SELECT host, port FROM watches WHERE next_due <= $3 AND lease_until <= $3
      ORDER BY next_due LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING ${columns}`,
  finishWatchCheck: `
    UPDATE watches SET last_result = $4, last_checked_at = $5, next_due = $5 + interval_ms,
      holder = NULL, lease_until = 0
    WHERE host = $1 AND port = $2 AND holder = $3`,
  countRunningChecks: "SELECT COUNT(*) AS running FROM watches WHERE holder IS NOT NULL AND lease_until > $1",
} as const;

/** Watches in PostgreSQL, shared by replicas: a claim is one UPDATE over a row lock. */
export class PostgresWatchStore implements WatchStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number,
  ) {}

  async putWatch(watch: NewWatch): Promise<"added" | "updated"> {
    const { rows } = await this.#query<{ added: boolean }>("putWatch", [
      watch.host,
      watch.port,
      watch.owner,
      watch.reportTo?.platform ?? null,
      watch.reportTo?.conversation ?? null,
      watch.intervalMs,
      watch.firstDue,
      this.now(),
    ]);
    return rows[0]?.added ? "added" : "updated";
  }

  async removeWatch(target: WatchTarget): Promise<boolean> {
    return ((await this.#query("removeWatch", [target.host, target.port])).rowCount ?? 0) > 0;
  }

  async listWatches(): Promise<Watch[]> {
    return (await this.#query<WatchRow>("listWatches", [])).rows.map((row) => watchFromRow(row));
  }

  async claimDueWatch(holder: string, leaseMs: number): Promise<Watch | undefined> {
    const now = this.now();
    const { rows } = await this.#query<WatchRow>("claimDueWatch", [holder, now + leaseMs, now]);
    return rows[0] === undefined ? undefined : watchFromRow(rows[0]);
  }

  async finishWatchCheck(target: WatchTarget, holder: string, result: unknown): Promise<boolean> {
    const values = [target.host, target.port, holder, JSON.stringify(result ?? null), this.now()];
    return ((await this.#query("finishWatchCheck", values)).rowCount ?? 0) > 0;
  }

  async countRunningChecks(): Promise<number> {
    const { rows } = await this.#query<{ running: string }>("countRunningChecks", [this.now()]);
    return Number(rows[0]?.running ?? 0);
  }

  #query<Row extends pg.QueryResultRow = pg.QueryResultRow>(
    name: keyof typeof statements,
    values: unknown[],
  ) {
    return this.pool.query<Row>({ name, text: statements[name], values });
  }
}
