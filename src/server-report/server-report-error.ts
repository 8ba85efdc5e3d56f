import { CodedError } from "../errors/coded-error.js";
import type { ErrorCode } from "../errors/error-code.js";
import {
  type ServerReportProblem,
  type ServerReportProblemKind,
  serverReportAdvice,
} from "./server-report-problem.js";

const codeByKind = {
  garbled: "SERVER_REPORT_GARBLED",
  truncated: "SERVER_REPORT_TRUNCATED",
  "too-large": "SERVER_REPORT_TOO_LARGE",
  "wrong-version": "SERVER_REPORT_VERSION",
  tampered: "SERVER_REPORT_CHECKSUM",
  invalid: "SERVER_REPORT_INVALID",
} as const satisfies Record<ServerReportProblemKind, ErrorCode>;

export type ServerReportErrorCode = (typeof codeByKind)[ServerReportProblemKind] | "SERVER_REPORT_UNREADABLE";

/** A report given on the command line (`--evidence FILE`) that cannot be used: bad input, exit 2. */
export class ServerReportError extends CodedError<ServerReportErrorCode> {
  static fromProblem(problem: ServerReportProblem, where: string): ServerReportError {
    return new ServerReportError(
      codeByKind[problem.kind],
      `${where}: ${problem.message}`,
      serverReportAdvice[problem.kind],
    );
  }

  constructor(code: ServerReportErrorCode, message: string, advice: string, options: ErrorOptions = {}) {
    super(code, message, { advice, ...options });
  }
}
