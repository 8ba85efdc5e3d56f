/**
 * Every `code` a CodedError can carry. They are a contract: logs are searched for them, scripts branch on
 * them and the CLI's exit status comes from them (exit-status-for-error.ts), so never rename one.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "CONFIG_NO_PLATFORM"
  | "PROBE_POLICY_INVALID"
  | "STATE_SESSION_INVALID"
  | "STATE_UNAVAILABLE"
  | "STATE_CONFIG_INVALID"
  | "STATE_MIGRATION_FAILED"
  | "STATE_LOCK_TIMEOUT"
  | "FLOW_INVALID"
  | "FLOW_MISSING"
  | "SERVER_REPORT_GARBLED"
  | "SERVER_REPORT_TRUNCATED"
  | "SERVER_REPORT_TOO_LARGE"
  | "SERVER_REPORT_VERSION"
  | "SERVER_REPORT_CHECKSUM"
  | "SERVER_REPORT_INVALID"
  | "SERVER_REPORT_UNREADABLE";
