import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/runtime/config-error.js";
import { replicaTimingFromEnv, replicaTimingVariables } from "../../src/runtime/replica-timing.js";

const failure = (env: Record<string, string>) => {
  try {
    replicaTimingFromEnv(env);
  } catch (error) {
    return error;
  }
  throw new Error("expected a ConfigError");
};

describe("replicaTimingFromEnv", () => {
  it("GIVEN neither variable (or blanks) THEN both leases are 15 s", () => {
    const defaults = { jobLeaseMs: 15_000, gatewayLeaseMs: 15_000 };
    expect(replicaTimingFromEnv({})).toEqual(defaults);
    expect(replicaTimingFromEnv({ RDP_FIX_JOB_LEASE_MS: " ", RDP_FIX_GATEWAY_LEASE_MS: "" })).toEqual(
      defaults,
    );
  });

  it("GIVEN whole milliseconds within bounds THEN they are used, surrounding spaces ignored", () => {
    expect(
      replicaTimingFromEnv({ RDP_FIX_JOB_LEASE_MS: " 1000 ", RDP_FIX_GATEWAY_LEASE_MS: "600000" }),
    ).toEqual({
      jobLeaseMs: 1_000,
      gatewayLeaseMs: 600_000,
    });
  });

  it.each(["abc", "1.5", "-2000", "999", "600001", "5s"])(
    "GIVEN RDP_FIX_JOB_LEASE_MS=%s THEN a ConfigError names the variable and its range",
    (raw) => {
      const error = failure({ RDP_FIX_JOB_LEASE_MS: raw });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ code: "CONFIG_INVALID" });
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^RDP_FIX_JOB_LEASE_MS .*1000 to 600000/);
      expect((error as ConfigError).message).not.toContain(raw);
    },
  );

  it("GIVEN both variables wrong THEN one error lists both", () => {
    const error = failure({ RDP_FIX_JOB_LEASE_MS: "0", RDP_FIX_GATEWAY_LEASE_MS: "lots" }) as ConfigError;
    expect(error.problems.map((p) => p.split(" ")[0])).toEqual(replicaTimingVariables);
    expect(replicaTimingVariables).toEqual(["RDP_FIX_JOB_LEASE_MS", "RDP_FIX_GATEWAY_LEASE_MS"]);
  });
});
