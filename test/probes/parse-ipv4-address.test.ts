import { describe, expect, it } from "vitest";
import { parseIpv4Address } from "../../src/probes/parse-ipv4-address.js";

const text = (input: string, forms: "dotted-quad" | "inet-aton") =>
  parseIpv4Address(input, forms)?.bytes.join(".");

describe("parseIpv4Address", () => {
  describe("GIVEN the inet-aton forms getaddrinfo accepts", () => {
    // Recorded from glibc 2.36 (`unshare -n getent ahosts X`, Debian bookworm): these resolve without DNS.
    it.each([
      ["2852039166", "169.254.169.254"],
      ["0251.0376.0251.0376", "169.254.169.254"],
      ["0xa9fea9fe", "169.254.169.254"],
      ["0xA9.0xFE.0xA9.0xFE", "169.254.169.254"],
      ["0x00000000a9fea9fe", "169.254.169.254"],
      ["169.16689662", "169.254.169.254"],
      ["169.254.43518", "169.254.169.254"],
      ["00000000251.0.0.1", "169.0.0.1"],
      ["127.1", "127.0.0.1"],
      ["010.1", "8.0.0.1"],
      ["0", "0.0.0.0"],
      ["00", "0.0.0.0"],
      ["4294967295", "255.255.255.255"],
      ["10.0.0.5", "10.0.0.5"],
    ])("THEN %s reads as %s", (input, expected) => {
      expect(text(input, "inet-aton")).toBe(expected);
    });

    // Recorded from glibc too: each of these is not a numeric host there (it would go to DNS as a name).
    it.each([
      "0x",
      "0x.1",
      "08",
      "0.0.0.08",
      "1.2.3.4.5",
      "256.1.1.1",
      "4294967296",
      "1.2.3.0x",
      "0x100.1",
      "1.0x1000000",
      "1.2.3.4.",
      "127.1.",
      "1.2.3.4 ",
      "",
      "1..2",
      ".1.2.3",
      "+1.2.3.4",
      "-1",
      "1e3",
      "１.２.３.４",
      "0x0x1",
      "9".repeat(400),
    ])("THEN %j is not an address", (input) => {
      expect(text(input, "inet-aton")).toBeUndefined();
    });
  });

  describe("GIVEN dotted-quad only (configuration, resolver output)", () => {
    it("THEN a plain address reads", () => {
      expect(text("192.168.1.20", "dotted-quad")).toBe("192.168.1.20");
      expect(text("0.0.0.0", "dotted-quad")).toBe("0.0.0.0");
      expect(text("255.255.255.255", "dotted-quad")).toBe("255.255.255.255");
    });

    it.each([
      "2852039166",
      "127.1",
      "010.0.0.1",
      "0x7f.0.0.1",
      "256.0.0.1",
      "1.2.3",
      "1.2.3.4.5",
      "01.2.3.4",
    ])("THEN %s is refused", (input) => {
      expect(text(input, "dotted-quad")).toBeUndefined();
    });
  });
});
