import { describe, expect, it } from "vitest";
import { exitStatusByCode, exitStatusForError } from "../../src/errors/exit-status-for-error.js";
import { FlowError } from "../../src/flow/flow-error.js";
import { ProbePolicyConfigError } from "../../src/probes/probe-policy-error.js";
import { ConfigError } from "../../src/runtime/config-error.js";
import { ServerReportError } from "../../src/server-report/server-report-error.js";
import { StateError } from "../../src/state/state-error.js";

describe("exitStatusForError", () => {
  it.each([
    ["CONFIG_INVALID", ConfigError.invalid(["SLACK_BOT_TOKEN must start with xoxb-."]), 2],
    ["CONFIG_NO_PLATFORM", ConfigError.noPlatform(["For Slack set SLACK_BOT_TOKEN."]), 2],
    ["PROBE_POLICY_INVALID", new ProbePolicyConfigError(["10.0.0.0/33 is not a range"]), 2],
    ["STATE_CONFIG_INVALID", new StateError("STATE_CONFIG_INVALID", "DATABASE_URL must be PostgreSQL."), 2],
    [
      "STATE_MIGRATION_FAILED",
      new StateError("STATE_MIGRATION_FAILED", "schema 9, this release knows 3."),
      2,
    ],
    ["STATE_UNAVAILABLE", new StateError("STATE_UNAVAILABLE", "Cannot connect."), 1],
    ["STATE_SESSION_INVALID", new StateError("STATE_SESSION_INVALID", "Not a session."), 1],
    ["STATE_LOCK_TIMEOUT", new StateError("STATE_LOCK_TIMEOUT", "Held too long."), 1],
    ["FLOW_INVALID", new FlowError("FLOW_INVALID", "invalid flow files"), 2],
    ["FLOW_MISSING", new FlowError("FLOW_MISSING", "no flow"), 2],
    ...(
      [
        ["SERVER_REPORT_GARBLED", "garbled"],
        ["SERVER_REPORT_TRUNCATED", "truncated"],
        ["SERVER_REPORT_TOO_LARGE", "too-large"],
        ["SERVER_REPORT_VERSION", "wrong-version"],
        ["SERVER_REPORT_CHECKSUM", "tampered"],
        ["SERVER_REPORT_INVALID", "invalid"],
      ] as const
    ).map(
      ([code, kind]) =>
        [code, ServerReportError.fromProblem({ kind, message: "bad" }, "report.txt"), 2] as const,
    ),
    [
      "SERVER_REPORT_UNREADABLE",
      new ServerReportError("SERVER_REPORT_UNREADABLE", "report.txt: no such file", "Check the path."),
      2,
    ],
  ] as const)("GIVEN %s THEN the exit status is %#: %s", (code, error, status) => {
    expect(error.code).toBe(code);
    expect(exitStatusForError(error)).toBe(status);
    expect(exitStatusByCode[code]).toBe(status);
  });

  it("GIVEN the table THEN every row above is tested and nothing else is in it", () => {
    expect(Object.keys(exitStatusByCode).sort()).toEqual([
      "CONFIG_INVALID",
      "CONFIG_NO_PLATFORM",
      "FLOW_INVALID",
      "FLOW_MISSING",
      "PROBE_POLICY_INVALID",
      "SERVER_REPORT_CHECKSUM",
      "SERVER_REPORT_GARBLED",
      "SERVER_REPORT_INVALID",
      "SERVER_REPORT_TOO_LARGE",
      "SERVER_REPORT_TRUNCATED",
      "SERVER_REPORT_UNREADABLE",
      "SERVER_REPORT_VERSION",
      "STATE_CONFIG_INVALID",
      "STATE_LOCK_TIMEOUT",
      "STATE_MIGRATION_FAILED",
      "STATE_SESSION_INVALID",
      "STATE_UNAVAILABLE",
    ]);
  });

  it.each([
    ["a plain Error", new Error("boom")],
    ["an errno error", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["a code that only looks like a key", Object.assign(new Error("x"), { code: "toString" })],
    ["a thrown string", "boom"],
    ["undefined", undefined],
  ])("GIVEN %s THEN it is an operational failure (exit 1)", (_, error) => {
    expect(exitStatusForError(error)).toBe(1);
  });
});
