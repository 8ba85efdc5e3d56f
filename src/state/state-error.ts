import { CodedError } from "../errors/coded-error.js";

export type StateErrorCode =
  | "STATE_SESSION_INVALID"
  | "STATE_UNAVAILABLE"
  | "STATE_CONFIG_INVALID"
  | "STATE_MIGRATION_FAILED"
  | "STATE_LOCK_TIMEOUT";

/** What to do when the thrower has nothing more specific to say; its message names the detail. */
const defaultAdvice: Record<StateErrorCode, string> = {
  STATE_SESSION_INVALID: "Start a new diagnosis; the stored one cannot be continued.",
  STATE_UNAVAILABLE:
    "Check that the store can be reached: RDP_FIX_DATA_DIR must be writable for SQLite, or the PostgreSQL " +
    "server in DATABASE_URL must be running and accept its credentials.",
  STATE_CONFIG_INVALID:
    "Set DATABASE_URL to a postgres:// URL, or leave it empty to keep state in SQLite under RDP_FIX_DATA_DIR, and restart.",
  STATE_MIGRATION_FAILED:
    "Run the newest rdp-fix release that has used this database, or restore a backup taken before the upgrade.",
  STATE_LOCK_TIMEOUT:
    "Try the action again; if it keeps happening, look for a replica that is stuck while holding the lock.",
};

/** A problem with stored state or the store itself, with a stable code and advice an operator can act on. */
export class StateError extends CodedError<StateErrorCode> {
  constructor(code: StateErrorCode, message: string, options?: ErrorOptions & { advice?: string }) {
    super(code, message, { ...options, advice: options?.advice ?? defaultAdvice[code] });
  }
}
