import { describe, expect, it } from "vitest";
import { terminalSafeJson } from "../../../adapters/cli/terminal-safe-json.js";

describe("JSON printed to a terminal", () => {
  it("GIVEN a certificate name with C1 controls and a bidi override THEN the JSON escapes them and still parses to the same value", () => {
    const value = { cn: "srv\u009b2J\u202eevil\u2066x", ok: "srv-ü-日本" };
    const text = terminalSafeJson(value);
    expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("\\u009b");
    expect(text).toContain("\\u202e");
    expect(text).toContain("srv-ü-日本");
    expect(JSON.parse(text)).toEqual(value);
  });
});
