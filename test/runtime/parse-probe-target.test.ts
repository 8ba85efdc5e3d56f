import { describe, expect, it } from "vitest";
import { parseProbeTarget, portProblem } from "../../src/runtime/parse-probe-target.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";

describe("parseProbeTarget", () => {
  it("GIVEN a host and no port THEN the host comes back as typed, with no port", () => {
    expect(parseProbeTarget({ host: "Host42.Corp.Example." })).toEqual({
      ok: true,
      host: "Host42.Corp.Example.",
    });
  });

  it.each([
    ["3390", 3390],
    [3390, 3390],
    ["65535", 65535],
  ])("GIVEN port %j THEN it is the number %d", (port, expected) => {
    expect(parseProbeTarget({ host: "10.0.0.5", port })).toEqual({
      ok: true,
      host: "10.0.0.5",
      port: expected,
    });
  });

  it.each([["03389"], ["0"], ["65536"], ["3389 "], [""], [33.5], [Number.NaN], [null], [true]])(
    "GIVEN port %j THEN the port is refused, in the one wording",
    (port) => {
      expect(parseProbeTarget({ host: "host42", port })).toEqual({
        ok: false,
        field: "port",
        problem: portProblem,
      });
    },
  );

  it("GIVEN a bad host and a bad port THEN the host is what it names first", () => {
    expect(parseProbeTarget({ host: "bad;host", port: "0" })).toEqual({
      ok: false,
      field: "host",
      problem: 'the host name contains ";", which no host name can',
    });
  });

  it("GIVEN findHostInputProblem THEN it says what parseProbeTarget says about the host", () => {
    expect(findHostInputProblem("host42:3389")).toBe("give the port separately, not as host:port");
    expect(findHostInputProblem("host42")).toBeUndefined();
  });
});
