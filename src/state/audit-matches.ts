import type { AuditEntry, AuditFilter } from "./audit-entry.js";

/** Whether an entry passes a filter; ISO times compare as strings. The SQL stores say the same in WHERE. */
export function auditMatches(entry: AuditEntry, filter: AuditFilter): boolean {
  return (
    (filter.since === undefined || entry.at >= filter.since) &&
    (filter.actor === undefined || entry.actor === filter.actor) &&
    (filter.target === undefined || entry.target === filter.target)
  );
}
