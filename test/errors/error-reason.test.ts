import { describe, expect, it } from "vitest";
import { errorReason } from "../../src/errors/error-reason.js";

describe("errorReason", () => {
  it("GIVEN a Node error with a code THEN the name, message and code, once", () => {
    const bad = Object.assign(new RangeError("Port should be > 0"), { code: "ERR_SOCKET_BAD_PORT" });
    expect(errorReason(bad, 200)).toBe("RangeError: Port should be > 0 (ERR_SOCKET_BAD_PORT)");
    const named = Object.assign(new Error("connect EACCES 127.255.255.255"), { code: "EACCES" });
    expect(errorReason(named, 200)).toBe("Error: connect EACCES 127.255.255.255");
  });

  it("GIVEN something thrown that is not an Error, or a long message THEN one line, cut at the limit", () => {
    expect(errorReason("plain string", 200)).toBe("plain string");
    expect(errorReason(undefined, 200)).toBe("undefined");
    expect(errorReason(new Error("x".repeat(500)), 20)).toBe(`Error: ${"x".repeat(13)}...`);
  });
});
