import { describe, expect, it } from "vitest";
import { parsePortInput } from "../../src/probes/port-input.js";

describe("parsePortInput", () => {
  it.each([
    ["3389", 3389],
    [3389, 3389],
    ["1", 1],
    ["65535", 65535],
  ] as const)("GIVEN %j THEN it is port %d", (value, port) => {
    expect(parsePortInput(value)).toEqual({ kind: "port", port });
  });

  it.each([
    "0",
    "65536",
    "-1",
    "+3389",
    "03389",
    "3389.0",
    "0xd3d",
    " 3389",
    "3389 ",
    "",
    "3e3",
    "３３８９",
    0,
    65536,
    3389.5,
    -3389,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ])("GIVEN %j THEN it is refused", (value) => {
    expect(parsePortInput(value).kind).toBe("invalid");
  });
});
