import { describe, expect, it } from "vitest";
import { CodedError } from "../../src/errors/coded-error.js";
import { ProbePolicyConfigError } from "../../src/probes/probe-policy-error.js";
import { ConfigError } from "../../src/runtime/config-error.js";
import { StateError } from "../../src/state/state-error.js";

describe("CodedError", () => {
  it("GIVEN each setup error THEN it is a CodedError with its own name, code and advice", () => {
    const errors = [
      ConfigError.invalid(["PORT must be a number between 1 and 65535."]),
      ConfigError.noPlatform(["For Slack set SLACK_BOT_TOKEN."]),
      new ProbePolicyConfigError(["bad range"]),
      new StateError("STATE_UNAVAILABLE", "Cannot open the state database."),
    ];
    expect(errors.map((e) => [e instanceof CodedError, e.name, e.code])).toEqual([
      [true, "ConfigError", "CONFIG_INVALID"],
      [true, "ConfigError", "CONFIG_NO_PLATFORM"],
      [true, "ProbePolicyConfigError", "PROBE_POLICY_INVALID"],
      [true, "StateError", "STATE_UNAVAILABLE"],
    ]);
    for (const error of errors) expect(error.advice).toMatch(/\w+ .*\.$/);
  });

  it("GIVEN a StateError with a cause and no advice of its own THEN it keeps the cause and advises by code", () => {
    const cause = new Error("SQLITE_CANTOPEN");
    const error = new StateError("STATE_UNAVAILABLE", "Cannot open the state database.", { cause });
    expect(error.cause).toBe(cause);
    expect(error.advice).toContain("RDP_FIX_DATA_DIR");
    expect(new StateError("STATE_LOCK_TIMEOUT", "x", { advice: "Wait." }).advice).toBe("Wait.");
  });

  it("GIVEN an invalid configuration THEN the message still ends with its advice", () => {
    const error = ConfigError.invalid(["PORT must be a number."]);
    expect(error.message.endsWith(error.advice)).toBe(true);
  });
});
