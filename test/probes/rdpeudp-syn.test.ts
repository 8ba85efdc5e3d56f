import { describe, expect, it } from "vitest";
import { buildRdpeudpSyn } from "../../src/probes/rdpeudp-syn.js";

describe("buildRdpeudpSyn", () => {
  it("GIVEN a sequence number THEN the SYN is FreeRDP's 1232-byte SYN|SYNEX version-2 datagram", () => {
    const syn = buildRdpeudpSyn(0x01020304);
    expect(syn.length).toBe(1232);
    // MS-RDPEUDP, as in knowledge/rdp-errors.md 3.7: FF FF FF FF 00 40 10 01 <ISN> 04 D0 04 D0 00 01 00 02
    expect(syn.subarray(0, 20).toString("hex")).toBe("ffffffff00401001010203040" + "4d004d000010002");
    expect(syn.subarray(20).every((byte) => byte === 0)).toBe(true);
  });

  it("GIVEN the largest sequence number THEN it is written unsigned", () => {
    expect(buildRdpeudpSyn(0xffffffff).readUInt32BE(8)).toBe(0xffffffff);
  });
});
