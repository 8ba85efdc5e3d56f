/**
 * One record of the audit trail. The fields every entry has are columns (so they can be filtered);
 * whatever else an entry says rides in `details` as JSON.
 */
export interface AuditEntry {
  /** ISO time the audited thing happened. */
  at: string;
  /** What was audited, e.g. "probe". */
  action: string;
  /** Who asked (a chat user id, or the terminal's user). */
  actor: string;
  platform: string;
  conversation?: string;
  /** The target as typed, when the action had one. */
  target?: string;
  /** allowed, refused, finished, ...: the action's own words. */
  outcome: string;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  /** ISO time: entries at or after it. */
  since?: string;
  actor?: string;
  target?: string;
  limit?: number;
}
