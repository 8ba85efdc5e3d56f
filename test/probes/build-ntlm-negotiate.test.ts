import { describe, expect, it } from "vitest";
import { buildNtlmNegotiate } from "../../src/probes/build-ntlm-negotiate.js";

describe("buildNtlmNegotiate", () => {
  it("GIVEN nothing THEN a 40-byte NEGOTIATE asks for the target and the version and names no one", () => {
    const message = buildNtlmNegotiate();
    expect(message.length).toBe(40);
    expect(message.subarray(0, 8).toString("latin1")).toBe("NTLMSSP\0");
    expect(message.readUInt32LE(8)).toBe(1);
    const flags = message.readUInt32LE(12);
    expect(flags & 0x00000004).not.toBe(0); // REQUEST_TARGET
    expect(flags & 0x02000000).not.toBe(0); // VERSION
    expect(message.readUInt16LE(16)).toBe(0); // no domain
    expect(message.readUInt16LE(24)).toBe(0); // no workstation
    expect([message.readUInt8(32), message.readUInt8(33), message.readUInt16LE(34)]).toEqual([10, 0, 19041]);
  });
});
