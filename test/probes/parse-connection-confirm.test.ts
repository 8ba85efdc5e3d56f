import { describe, expect, it } from "vitest";
import { parseConnectionConfirm } from "../../src/probes/parse-connection-confirm.js";

const hex = (text: string) => Buffer.from(text.replace(/\s/g, ""), "hex");

describe("parseConnectionConfirm", () => {
  it("GIVEN the captured Windows answer selecting HYBRID with flags 0x09 THEN it reads an RDP_NEG_RSP", () => {
    const parsed = parseConnectionConfirm(hex("03 00 00 13 0e d0 00 00 12 34 00 02 09 08 00 02 00 00 00"));
    expect(parsed).toEqual({
      kind: "complete",
      consumed: 19,
      confirm: { kind: "response", selectedProtocol: 2, flags: 9 },
    });
  });

  it.each([
    [1, "ssl-required"],
    [2, "ssl-not-allowed"],
    [3, "ssl-cert-not-on-server"],
    [4, "inconsistent-flags"],
    [5, "hybrid-required"],
    [6, "ssl-with-user-auth-required"],
    [9, "unknown"],
  ])("GIVEN RDP_NEG_FAILURE code %i THEN it reads the failure as %s", (code, reason) => {
    const bytes = hex(`03 00 00 13 0e d0 00 00 12 34 00 03 00 08 00 0${code} 00 00 00`);
    expect(parseConnectionConfirm(bytes)).toEqual({
      kind: "complete",
      consumed: 19,
      confirm: { kind: "failure", code, reason },
    });
  });

  it("GIVEN an 11-byte confirm without negotiation data THEN it reads a legacy server", () => {
    expect(parseConnectionConfirm(hex("03 00 00 0b 06 d0 00 00 12 34 00"))).toEqual({
      kind: "complete",
      consumed: 11,
      confirm: { kind: "legacy" },
    });
  });

  it("GIVEN the confirm arriving one byte at a time THEN it waits until the TPKT length is complete", () => {
    const bytes = hex("03 00 00 13 0e d0 00 00 12 34 00 02 00 08 00 01 00 00 00");
    for (let n = 0; n < bytes.length; n++) {
      expect(parseConnectionConfirm(bytes.subarray(0, n)).kind).toBe("incomplete");
    }
    expect(parseConnectionConfirm(bytes).kind).toBe("complete");
  });

  it("GIVEN bytes after the confirm THEN it consumes only the confirm", () => {
    const parsed = parseConnectionConfirm(
      hex("03 00 00 13 0e d0 00 00 12 34 00 02 00 08 00 01 00 00 00 16 03 01"),
    );
    expect(parsed).toMatchObject({ kind: "complete", consumed: 19 });
  });

  it("GIVEN an HTTP answer THEN it is not RDP, decided from the first byte", () => {
    expect(parseConnectionConfirm(Buffer.from("H"))).toEqual({
      kind: "complete",
      consumed: 1,
      confirm: { kind: "not-rdp", firstBytes: "48" },
    });
    expect(parseConnectionConfirm(Buffer.from("HTTP/1.1 400 Bad Request\r\n"))).toMatchObject({
      confirm: { kind: "not-rdp", firstBytes: "48 54 54 50 2f 31 2e 31 20 34 30 30 20 42 61 64" },
    });
  });

  it("GIVEN 03 followed by anything but 00 THEN it is not RDP", () => {
    expect(parseConnectionConfirm(hex("03 01 00 13"))).toMatchObject({ confirm: { kind: "not-rdp" } });
  });

  it("GIVEN a TPKT header announcing 65535 bytes THEN it is malformed at once, without waiting for them", () => {
    expect(parseConnectionConfirm(hex("03 00 ff ff"))).toMatchObject({
      confirm: { kind: "malformed", problem: "tpkt-too-long" },
    });
  });

  it("GIVEN a TPKT length shorter than a TPDU THEN it is malformed", () => {
    expect(parseConnectionConfirm(hex("03 00 00 04"))).toMatchObject({
      confirm: { kind: "malformed", problem: "tpkt-length-invalid" },
    });
  });

  it("GIVEN an MCS Disconnect Provider Ultimatum instead of a confirm THEN it is malformed with the TPDU code", () => {
    expect(parseConnectionConfirm(hex("03 00 00 09 02 f0 80 21 80"))).toMatchObject({
      kind: "complete",
      consumed: 9,
      confirm: { kind: "malformed", problem: "not-connection-confirm", tpduCode: 0xf0 },
    });
  });

  it("GIVEN a length indicator pointing past the TPKT THEN it is malformed", () => {
    expect(parseConnectionConfirm(hex("03 00 00 0b 0e d0 00 00 12 34 00"))).toMatchObject({
      confirm: { kind: "malformed", problem: "length-indicator-invalid" },
    });
  });

  it("GIVEN negotiation data with a wrong length field or type THEN it is malformed", () => {
    expect(
      parseConnectionConfirm(hex("03 00 00 13 0e d0 00 00 12 34 00 02 00 09 00 01 00 00 00")),
    ).toMatchObject({
      confirm: { kind: "malformed", problem: "negotiation-data-invalid" },
    });
    expect(
      parseConnectionConfirm(hex("03 00 00 13 0e d0 00 00 12 34 00 07 00 08 00 01 00 00 00")),
    ).toMatchObject({
      confirm: { kind: "malformed", problem: "negotiation-data-invalid" },
    });
  });

  it("GIVEN nothing yet THEN it is incomplete", () => {
    expect(parseConnectionConfirm(new Uint8Array(0))).toEqual({ kind: "incomplete" });
  });
});
