export type LabSetupErrorCode =
  | "tool-missing"
  | "not-root"
  | "command-failed"
  | "server-did-not-start"
  | "no-free-loopback-block";

/**
 * A lab that cannot be built is a broken machine, not a test result, so it throws (and the test fails,
 * never skips) with a stable code and a message that says what to do.
 */
export class LabSetupError extends Error {
  readonly code: LabSetupErrorCode;

  constructor(code: LabSetupErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LabSetupError";
    this.code = code;
  }
}
