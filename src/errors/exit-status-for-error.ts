import type { ErrorCode } from "./error-code.js";

/** 2: the setup or input must change before a retry can help. 1: something failed that may pass later. */
export type ErrorExitStatus = 1 | 2;

/** The one table from code to exit status; a new ErrorCode does not compile until it has a row. */
export const exitStatusByCode = {
  CONFIG_INVALID: 2,
  CONFIG_NO_PLATFORM: 2,
  PROBE_POLICY_INVALID: 2,
  STATE_CONFIG_INVALID: 2,
  // The database was migrated by a newer release or a migration broke: an operator must act first.
  STATE_MIGRATION_FAILED: 2,
  STATE_UNAVAILABLE: 1,
  STATE_SESSION_INVALID: 1,
  STATE_LOCK_TIMEOUT: 1,
  // The shipped or configured flow files are broken or gone: fix them, then start again.
  FLOW_INVALID: 2,
  FLOW_MISSING: 2,
  // A pasted or passed server report that cannot be used: the person must paste or pass it again.
  SERVER_REPORT_GARBLED: 2,
  SERVER_REPORT_TRUNCATED: 2,
  SERVER_REPORT_TOO_LARGE: 2,
  SERVER_REPORT_VERSION: 2,
  SERVER_REPORT_CHECKSUM: 2,
  SERVER_REPORT_INVALID: 2,
  SERVER_REPORT_UNREADABLE: 2,
} as const satisfies Record<ErrorCode, ErrorExitStatus>;

/**
 * The exit status of a command stopped by `error`. Read by `code`, not by class, so an error keeps its
 * status wherever it was thrown from; anything without a known code is an operational failure (1).
 */
export function exitStatusForError(error: unknown): ErrorExitStatus {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && Object.hasOwn(exitStatusByCode, code)
    ? exitStatusByCode[code as ErrorCode]
    : 1;
}
