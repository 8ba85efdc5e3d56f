import { describe, expect, it } from "vitest";
import { ProbePolicyConfigError } from "../../src/probes/probe-policy-error.js";
import { probePolicyFromEnv } from "../../src/runtime/probe-policy-from-env.js";

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    probePolicyFromEnv(env);
    return [];
  } catch (error) {
    if (error instanceof ProbePolicyConfigError) return error.problems;
    throw error;
  }
}

describe("probePolicyFromEnv", () => {
  it("GIVEN nothing set THEN the defaults allow private ranges, loopback and port 3389", () => {
    const policy = probePolicyFromEnv({});
    expect(policy.allowedPorts).toEqual([3389]);
    expect(policy.allowedCidrs.length).toBeGreaterThanOrEqual(7);
  });

  it("GIVEN a port that is not a number THEN the problem quotes it as typed", () => {
    expect(problemsOf({ RDP_FIX_ALLOWED_PORTS: "3389,abc" })).toEqual([
      'RDP_FIX_ALLOWED_PORTS: allowed port "abc" is not a port (a whole number 1-65535)',
    ]);
  });

  it("GIVEN a blank list THEN it is refused instead of silently refusing every probe", () => {
    expect(problemsOf({ RDP_FIX_ALLOWED_CIDRS: " , " })).toEqual([
      "RDP_FIX_ALLOWED_CIDRS is set but lists nothing, which would refuse every probe: unset it for the defaults",
    ]);
  });
});
