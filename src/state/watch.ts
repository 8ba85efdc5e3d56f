/** An RDP endpoint under watch: one row per host and port. */
export interface WatchTarget {
  /** As validated by the one target validator, lower-cased. */
  host: string;
  port: number;
}

/** Where a watch's alerts go: a platform's name and its conversation or channel reference, both opaque here. */
export interface ReportTo {
  platform: string;
  conversation: string;
}

export interface NewWatch extends WatchTarget {
  /** Who asked for it (a chat user id, or the terminal's user): the actor of its probe runs. */
  owner: string;
  /** Absent: alerts go to whoever runs `rdp-fix watch run` (stdout). */
  reportTo?: ReportTo;
  intervalMs: number;
  /** Epoch ms of the first check (usually now). */
  firstDue: number;
}

export interface Watch extends WatchTarget {
  owner: string;
  reportTo?: ReportTo;
  intervalMs: number;
  /** Epoch ms from which the next check is due. */
  nextDue: number;
  /** What the last check saw (JSON the watch checker writes and reads back); absent before the first. */
  lastResult?: unknown;
  lastCheckedAt?: number;
  createdAt: number;
}

/**
 * Watches behind the state port. A due check is claimed with a lease, so across processes and replicas
 * exactly one holder runs it, and a holder that dies (SIGKILL) leaves it to be claimed again once the lease ends.
 * Times are epoch ms from the store's clock.
 */
export interface WatchStore {
  /** Adds the watch, or updates owner, report-to and interval of the one on that host and port (its last result kept). */
  putWatch(watch: NewWatch): Promise<"added" | "updated">;
  removeWatch(target: WatchTarget): Promise<boolean>;
  /** Every watch, by host then port. */
  listWatches(): Promise<Watch[]>;
  /** The most overdue watch whose check is due and not leased, leased to `holder` for `leaseMs`. */
  claimDueWatch(holder: string, leaseMs: number): Promise<Watch | undefined>;
  /**
   * Records a check `holder` ran: the result, checked now, due again one interval from now, lease cleared.
   * False when someone else claimed it meanwhile (the lease ran out), in which case nothing is written.
   */
  finishWatchCheck(target: WatchTarget, holder: string, result: unknown): Promise<boolean>;
  /** Checks claimed now and not yet finished (their lease still runs): probe runs that count toward the cap. */
  countRunningChecks(): Promise<number>;
}

/** The columns both SQL stores select, in the order of WatchRow. */
export const watchColumns =
  "host, port, owner, report_platform, report_to, interval_ms, next_due, last_result, last_checked_at, created_at";

/** The columns of a watch row, as both SQL stores read them. */
export interface WatchRow {
  host: string;
  port: number | string;
  owner: string;
  report_platform: string | null;
  report_to: string | null;
  interval_ms: number | string;
  next_due: number | string;
  last_result: unknown;
  last_checked_at: number | string | null;
  created_at: number | string;
}

/** A stored row as a Watch; PostgreSQL's BIGINTs arrive as strings, SQLite's JSON as text (`parse`). */
export function watchFromRow(row: WatchRow, parse: (value: unknown) => unknown = (v) => v): Watch {
  return {
    host: row.host,
    port: Number(row.port),
    owner: row.owner,
    ...(row.report_platform !== null && row.report_to !== null
      ? { reportTo: { platform: row.report_platform, conversation: row.report_to } }
      : {}),
    intervalMs: Number(row.interval_ms),
    nextDue: Number(row.next_due),
    ...(row.last_result === null ? {} : { lastResult: parse(row.last_result) }),
    ...(row.last_checked_at === null ? {} : { lastCheckedAt: Number(row.last_checked_at) }),
    createdAt: Number(row.created_at),
  };
}
