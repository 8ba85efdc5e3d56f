import { describe, expect, it } from "vitest";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../../src/probes/probe-policy-defaults.js";
import { ProbePolicyConfigError } from "../../src/probes/probe-policy-error.js";

describe("createProbePolicy", () => {
  it("GIVEN the defaults THEN they parse into private ranges, loopback and port 3389", () => {
    const policy = createProbePolicy(defaultProbePolicyConfig);
    expect(policy.allowedCidrs.map((cidr) => cidr.text)).toEqual([
      "10.0.0.0/8",
      "172.16.0.0/12",
      "192.168.0.0/16",
      "100.64.0.0/10",
      "fc00::/7",
      "127.0.0.0/8",
      "::1/128",
    ]);
    expect(policy.allowedHostnames).toEqual([]);
    expect(policy.allowedPorts).toEqual([3389]);
  });

  it("GIVEN several bad entries THEN one error with a stable code lists every one of them", () => {
    const config = {
      allowedCidrs: ["10.0.0.1/8", "10/8"],
      allowedHostnames: ["*", "*.corp.example"],
      allowedPorts: [3389, 0, 70000],
    };
    let thrown: unknown;
    try {
      createProbePolicy(config);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProbePolicyConfigError);
    const error = thrown as ProbePolicyConfigError;
    expect(error.code).toBe("PROBE_POLICY_INVALID");
    expect(error.problems).toHaveLength(5);
    expect(error.message).toContain("did you mean 10.0.0.0/8?");
    expect(error.message).toContain('"*" is not a host name pattern');
    expect(error.message).toContain("70000 is not a port");
  });
});
