import { describe, expect, it } from "vitest";
import { buildNtlmNegotiate } from "../../src/probes/build-ntlm-negotiate.js";
import { buildTsRequest } from "../../src/probes/build-ts-request.js";
import { parseTsRequest } from "../../src/probes/parse-ts-request.js";
import { freerdpShadowTsRequest, sentTsRequest } from "../fixtures/ntlm/freerdp-shadow-challenge.js";

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ""), "hex");

describe("buildTsRequest", () => {
  it("GIVEN our NEGOTIATE THEN the TSRequest is byte for byte what the lab server accepted", () => {
    expect(buildTsRequest(buildNtlmNegotiate()).toString("hex")).toBe(sentTsRequest.toString("hex"));
  });

  it("GIVEN a token over 127 bytes THEN lengths use the long form and the request still parses back", () => {
    const token = Buffer.alloc(300, 0x41);
    const built = buildTsRequest(token);
    expect(built.subarray(0, 4).toString("hex")).toBe("30820145");
    expect(parseTsRequest(built)).toEqual({
      kind: "parsed",
      request: { version: 6, negoToken: token, errorCode: null },
    });
  });
});

describe("parseTsRequest", () => {
  it("GIVEN the recorded FreeRDP shadow answer THEN version 6 and the NTLMSSP token come out, the nonce ignored", () => {
    const reading = parseTsRequest(freerdpShadowTsRequest);
    if (reading.kind !== "parsed") throw new Error(JSON.stringify(reading));
    expect(reading.request.version).toBe(6);
    expect(reading.request.negoToken?.subarray(0, 8).toString("latin1")).toBe("NTLMSSP\0");
    expect(reading.request.negoToken?.length).toBe(0x6c);
  });

  it("GIVEN every prefix of a real answer THEN each is incomplete, never an error", () => {
    for (let n = 0; n < freerdpShadowTsRequest.length; n++) {
      expect(parseTsRequest(freerdpShadowTsRequest.subarray(0, n)).kind).toBe("incomplete");
    }
  });

  it("GIVEN a TSRequest with an errorCode and no token THEN the NTSTATUS is read unsigned", () => {
    // SEQUENCE { [0] INTEGER 6, [4] INTEGER 0xC000006D (STATUS_LOGON_FAILURE) }
    const reading = parseTsRequest(hex("300e a003020106 a4070205 00c000006d"));
    expect(reading).toEqual({
      kind: "parsed",
      request: { version: 6, negoToken: null, errorCode: 0xc000006d },
    });
  });

  it.each([
    ["an HTTP answer", Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n"), "not a DER SEQUENCE"],
    ["an indefinite length", hex("3080 a003020106 0000"), "indefinite"],
    ["a 5-byte length", hex("3085 0000000001 00"), "length of 5 bytes"],
    ["a child running past its parent", hex("3005 a00702010600"), "runs past"],
    ["no version", hex("3006 a1043002 3000"), "no readable version"],
    ["a version that is not an INTEGER", hex("3005 a003040106"), "no readable version"],
    ["negoTokens of the wrong shape", hex("300b a003020106 a1040402 4142"), "negoTokens"],
  ])("GIVEN %s THEN it is unreadable with a reason", (_label, bytes, reason) => {
    const reading = parseTsRequest(bytes);
    expect(reading.kind).toBe("unreadable");
    expect(reading.kind === "unreadable" ? reading.reason : "").toContain(reason);
  });

  it("GIVEN a header declaring 16 MiB THEN it is refused at once instead of waiting for the bytes", () => {
    const reading = parseTsRequest(hex("3084 01000000 a0"));
    expect(reading).toEqual({
      kind: "unreadable",
      reason: "the answer declares 16777222 bytes, over the 65536 cap",
    });
  });
});
