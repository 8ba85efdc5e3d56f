import { describe, expect, it } from "vitest";
import { fakeNtlmChallenge, writeField } from "../../src/demo/fake-ntlm-challenge.js";
import { parseNtlmChallenge } from "../../src/probes/parse-ntlm-challenge.js";
import { parseTsRequest } from "../../src/probes/parse-ts-request.js";
import { freerdpShadowTsRequest } from "../fixtures/ntlm/freerdp-shadow-challenge.js";

const host17 = {
  netbiosComputerName: "HOST17",
  netbiosDomainName: "CORP",
  dnsComputerName: "host17.corp.example",
  dnsDomainName: "corp.example",
  time: new Date("2026-03-01T12:00:00.000Z"),
  version: { major: 10, minor: 0, build: 20348 },
};

function reasonOf(message: Buffer): string {
  const reading = parseNtlmChallenge(message);
  if (reading.kind !== "unreadable") throw new Error(`parsed: ${JSON.stringify(reading)}`);
  return reading.reason;
}

describe("parseNtlmChallenge", () => {
  it("GIVEN the recorded FreeRDP shadow CHALLENGE THEN it reads the names, version 6.1.7601 and the clock", () => {
    const ts = parseTsRequest(freerdpShadowTsRequest);
    if (ts.kind !== "parsed" || ts.request.negoToken === null) throw new Error("fixture does not parse");
    expect(parseNtlmChallenge(ts.request.negoToken)).toEqual({
      kind: "parsed",
      identity: {
        targetName: "VM",
        netbiosComputerName: "VM",
        netbiosDomainName: "VM",
        dnsComputerName: "vm",
        dnsDomainName: "vm",
        dnsTreeName: null,
        serverTime: "2026-12-04T19:06:38.000Z",
        version: { major: 6, minor: 1, build: 7601 },
      },
    });
  });

  it("GIVEN a Windows-shaped CHALLENGE THEN every name and the timestamp come back as sent", () => {
    expect(parseNtlmChallenge(fakeNtlmChallenge(host17))).toMatchObject({
      kind: "parsed",
      identity: {
        targetName: "CORP",
        netbiosComputerName: "HOST17",
        dnsComputerName: "host17.corp.example",
        dnsDomainName: "corp.example",
        serverTime: "2026-03-01T12:00:00.000Z",
        version: { major: 10, minor: 0, build: 20348 },
      },
    });
  });

  it("GIVEN the VERSION flag cleared THEN no version is claimed", () => {
    const message = fakeNtlmChallenge(host17);
    message.writeUInt32LE(message.readUInt32LE(20) & ~0x02000000, 20);
    const reading = parseNtlmChallenge(message);
    expect(reading.kind === "parsed" ? reading.identity.version : "unreadable").toBeNull();
  });

  it("GIVEN a CHALLENGE cut inside its header THEN it is unreadable, not a crash", () => {
    expect(reasonOf(fakeNtlmChallenge(host17).subarray(0, 30))).toBe("CHALLENGE of 30 bytes, under 48");
  });

  it("GIVEN a CHALLENGE cut inside its AV pairs THEN TargetInfo points past the end", () => {
    const whole = fakeNtlmChallenge(host17);
    expect(reasonOf(whole.subarray(0, whole.length - 10))).toMatch(/^TargetInfo points past the end/);
  });

  it("GIVEN a TargetName offset of 0xffffffff THEN it is unreadable", () => {
    const message = fakeNtlmChallenge(host17);
    writeField(message, 12, 8, 0xffffffff);
    expect(reasonOf(message)).toMatch(
      /^TargetName points past the end \(offset 4294967295, 8 bytes, message \d+\)$/,
    );
  });

  it("GIVEN an AV pair longer than TargetInfo THEN it is unreadable", () => {
    const message = fakeNtlmChallenge(host17);
    const infoOffset = message.readUInt32LE(44);
    message.writeUInt16LE(0xfff0, infoOffset + 2);
    expect(reasonOf(message)).toMatch(/^AV pair 2 claims 65520 bytes/);
  });

  it("GIVEN a timestamp pair of 4 bytes THEN it is unreadable", () => {
    const message = fakeNtlmChallenge(host17);
    const info = message.subarray(message.readUInt32LE(44));
    let at = 0;
    while (info.readUInt16LE(at) !== 7) at += 4 + info.readUInt16LE(at + 2);
    info.writeUInt16LE(4, at + 2);
    expect(reasonOf(message)).toBe("MsvAvTimestamp is 4 bytes, not 8");
  });

  it("GIVEN AV pairs without MsvAvEOL THEN it is unreadable", () => {
    const message = fakeNtlmChallenge(host17);
    writeField(message, 40, message.readUInt16LE(40) - 4, message.readUInt32LE(44));
    expect(reasonOf(message)).toBe("TargetInfo has no MsvAvEOL terminator");
  });

  it.each([
    [
      "another message type",
      (m: Buffer) => m.writeUInt32LE(3, 8),
      "NTLM message type 3, not a CHALLENGE (2)",
    ],
    [
      "no NTLMSSP signature",
      (m: Buffer) => m.write("KERBEROS", 0, "latin1"),
      "the token is not an NTLMSSP message",
    ],
  ])("GIVEN %s THEN it is unreadable", (_label, corrupt, reason) => {
    const message = fakeNtlmChallenge(host17);
    corrupt(message);
    expect(reasonOf(message)).toBe(reason);
  });
});
