import type { ErrorCode } from "./error-code.js";

export interface CodedErrorOptions extends ErrorOptions {
  /** What a person can do about it, e.g. which variable to set and where it is described. */
  readonly advice: string;
}

/**
 * Broken setup or a broken store, never an expected failure (those are results). Carries a stable `code`,
 * the `cause`, and `advice` an operator can act on; the message says what went wrong and how to fix it.
 */
export abstract class CodedError<Code extends ErrorCode = ErrorCode> extends Error {
  readonly advice: string;

  protected constructor(
    readonly code: Code,
    message: string,
    { advice, ...options }: CodedErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
    this.advice = advice;
  }
}
