import { describe, expect, it } from "vitest";
import { buildConnectionRequest } from "../../src/probes/build-connection-request.js";

describe("buildConnectionRequest", () => {
  it("GIVEN requestedProtocols 0x0B and no cookie THEN it builds the 19-byte request rdp-sec-check sends", () => {
    const bytes = buildConnectionRequest({ requestedProtocols: 0x0b });
    expect(bytes.toString("hex")).toBe("030000130ee00000000000010008000b000000");
  });

  it("GIVEN a cookie THEN it sits between the CR header and RDP_NEG_REQ and both lengths count it", () => {
    const bytes = buildConnectionRequest({ requestedProtocols: 0x01, cookie: "rdpfix" });
    const cookie = "Cookie: mstshash=rdpfix\r\n";
    expect(bytes.length).toBe(19 + cookie.length);
    expect(bytes.readUInt16BE(2)).toBe(bytes.length);
    expect(bytes[4]).toBe(bytes.length - 5);
    expect(bytes.subarray(11, 11 + cookie.length).toString("ascii")).toBe(cookie);
    expect(bytes.subarray(-8).toString("hex")).toBe("0100080001000000");
  });

  it("GIVEN a legacy request THEN requestedProtocols is zero", () => {
    expect(buildConnectionRequest({ requestedProtocols: 0 }).subarray(-4).toString("hex")).toBe("00000000");
  });

  it("GIVEN a cookie with a line break THEN it refuses, because the server would read a second header", () => {
    expect(() => buildConnectionRequest({ requestedProtocols: 1, cookie: "a\r\nb" })).toThrow(RangeError);
  });
});
