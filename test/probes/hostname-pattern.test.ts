import { describe, expect, it } from "vitest";
import { type HostnamePattern, parseHostnamePattern } from "../../src/probes/hostname-pattern.js";
import { hostnamePatternMatches } from "../../src/probes/hostname-pattern-matches.js";

const pattern = (text: string): HostnamePattern => {
  const parsed = parseHostnamePattern(text);
  if (parsed.kind === "invalid") throw new Error(parsed.reason);
  return parsed.pattern;
};

describe("hostname patterns", () => {
  it.each([
    ["*.corp.example", "host42.corp.example", true],
    ["*.corp.example", "a.b.corp.example", true],
    ["*.Corp.Example", "host42.corp.example", true],
    ["*.corp.example", "corp.example", false],
    ["*.corp.example", "host42.evilcorp.example", false],
    ["*.corp.example", "corp.example.evil.example", false],
    ["host42.lab", "host42.lab", true],
    ["host42.lab", "host43.lab", false],
    ["host42.lab.", "host42.lab", true],
  ] as const)("GIVEN %s THEN %s matches: %s", (text, name, expected) => {
    expect(hostnamePatternMatches(pattern(text), name)).toBe(expected);
  });

  it.each([
    "*",
    "*.",
    "**.corp.example",
    "host*.corp.example",
    "*.*.corp.example",
    "10.0.0.1",
    "",
    "corp example",
  ])("GIVEN the pattern %j THEN it is refused", (text) => {
    expect(parseHostnamePattern(text).kind).toBe("invalid");
  });
});
