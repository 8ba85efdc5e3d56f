import { describe, expect, it } from "vitest";
import { parseRdpeudpSynAck } from "../../src/probes/rdpeudp-syn-ack.js";

const isn = 0xcafe0001;
/** A SYN+ACK as MS-RDPEUDP lays it out; `fields` overrides the header words. */
const synAck = (
  fields: { ack?: number; flags?: number; length?: number; exFlags?: number; version?: number } = {},
) => {
  const datagram = Buffer.alloc(fields.length ?? 1232);
  const { ack = isn, flags = 0x1005, exFlags = 1, version = 2 } = fields;
  const write = (write: () => void) => {
    try {
      write();
    } catch {
      // a short datagram simply ends early
    }
  };
  write(() => datagram.writeUInt32BE(ack, 0));
  write(() => datagram.writeUInt16BE(64, 4));
  write(() => datagram.writeUInt16BE(flags, 6));
  write(() => datagram.writeUInt32BE(0x11223344, 8));
  write(() => datagram.writeUInt16BE(1232, 12));
  write(() => datagram.writeUInt16BE(1132, 14));
  write(() => datagram.writeUInt16BE(exFlags, 16));
  write(() => datagram.writeUInt16BE(version, 18));
  return datagram;
};

describe("parseRdpeudpSynAck", () => {
  it("GIVEN a SYN+ACK with SYNDATAEX version 2 THEN every field is read", () => {
    expect(parseRdpeudpSynAck(synAck(), isn)).toEqual({
      kind: "syn-ack",
      flags: 0x1005,
      receiveWindow: 64,
      serverInitialSequenceNumber: 0x11223344,
      upstreamMtu: 1232,
      downstreamMtu: 1132,
      version: 2,
    });
  });

  it.each([
    [0x0005, 1],
    [0x0205, 1],
  ])("GIVEN flags %s without SYNEX THEN the version is 1", (flags, version) => {
    expect(parseRdpeudpSynAck(synAck({ flags }), isn)).toMatchObject({ kind: "syn-ack", version });
  });

  it("GIVEN version 3 THEN it is read from its 0x0101 code", () => {
    expect(parseRdpeudpSynAck(synAck({ version: 0x0101 }), isn)).toMatchObject({ version: 3 });
  });

  it("GIVEN SYNEX without VERSION_INFO_VALID THEN the version is 1", () => {
    expect(parseRdpeudpSynAck(synAck({ exFlags: 0 }), isn)).toMatchObject({ version: 1 });
  });

  it("GIVEN a correlation id before SYNDATAEX THEN the version is read after it", () => {
    const datagram = synAck({ flags: 0x1805, exFlags: 0, version: 0 });
    datagram.writeUInt16BE(1, 48);
    datagram.writeUInt16BE(2, 50);
    expect(parseRdpeudpSynAck(datagram, isn)).toMatchObject({ version: 2 });
  });

  it.each([
    ["an empty datagram", Buffer.alloc(0), "0 bytes"],
    ["a short datagram", synAck({ length: 15 }), "15 bytes"],
    ["a bare SYN", synAck({ flags: 0x1001 }), "flags 0x1001 are not SYN+ACK"],
    ["an ACK", synAck({ flags: 0x0004 }), "not SYN+ACK"],
    ["SYN+ACK+FIN", synAck({ flags: 0x0007 }), "not SYN+ACK"],
    [
      "someone else's acknowledgement",
      synAck({ ack: isn + 1 }),
      "acknowledges 0xcafe0002, not our sequence number 0xcafe0001",
    ],
    ["SYNEX cut short", synAck({ length: 18 }), "SYNDATAEX is missing"],
    ["an unknown version", synAck({ version: 7 }), "unknown RDPEUDP version 0x0007"],
    ["text", Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n"), "not SYN+ACK"],
  ])("GIVEN %s THEN it is malformed", (_name, datagram, reason) => {
    const parsed = parseRdpeudpSynAck(datagram, isn);
    expect(parsed.kind).toBe("malformed");
    expect(parsed.kind === "malformed" && parsed.reason).toContain(reason);
  });
});
