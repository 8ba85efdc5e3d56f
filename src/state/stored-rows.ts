import type { AuditEntry } from "./audit-entry.js";
import type { ClaimedJob } from "./job.js";
import type { FixOutcomeRecord } from "./state-store.js";

/**
 * Rows as the SQL stores read them, JSON already parsed. PostgreSQL hands BIGINT back as a string (it may
 * not fit a double); our values are epoch ms and counters, which do.
 */
type Integer = number | string;

export interface JobRow {
  id: string;
  kind: string;
  payload: unknown;
  session_id: string | null;
  conversation: string | null;
  deadline: Integer;
  attempts: Integer;
  created_at: Integer;
  crashed: string | null;
}

export function claimedJobFromRow(row: JobRow): ClaimedJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    ...(row.session_id === null ? {} : { sessionId: row.session_id }),
    ...(row.conversation === null ? {} : { conversation: row.conversation }),
    deadline: Number(row.deadline),
    attempts: Number(row.attempts),
    createdAt: Number(row.created_at),
    ...(row.crashed === null ? {} : { crashed: row.crashed }),
  };
}

export interface AuditRow {
  at: string;
  action: string;
  actor: string;
  platform: string;
  conversation: string | null;
  target: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
}

export function auditEntryFromRow(row: AuditRow): AuditEntry {
  return {
    at: row.at,
    action: row.action,
    actor: row.actor,
    platform: row.platform,
    ...(row.conversation === null ? {} : { conversation: row.conversation }),
    ...(row.target === null ? {} : { target: row.target }),
    outcome: row.outcome,
    ...(row.details === null ? {} : { details: row.details }),
  };
}

export interface FixOutcomeRow {
  session_id: string;
  conversation: string;
  flow_id: string;
  cause_id: string;
  fix_id: string;
  solved: boolean | number;
  actor: string;
  at: string;
}

export function fixOutcomeFromRow(row: FixOutcomeRow): FixOutcomeRecord {
  return {
    sessionId: row.session_id,
    conversation: row.conversation,
    flowId: row.flow_id,
    causeId: row.cause_id,
    fixId: row.fix_id,
    solved: Boolean(row.solved),
    by: row.actor,
    at: row.at,
  };
}
