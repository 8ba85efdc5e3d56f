export type StateErrorCode =
  | "STATE_SESSION_INVALID"
  | "STATE_UNAVAILABLE"
  | "STATE_CONFIG_INVALID"
  | "STATE_MIGRATION_FAILED"
  | "STATE_LOCK_TIMEOUT";

/** A problem with stored state or the store itself, with a stable code and advice an operator can act on. */
export class StateError extends Error {
  constructor(
    readonly code: StateErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "StateError";
  }
}
