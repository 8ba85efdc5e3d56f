import { describe, expect, it } from "vitest";
import { parseCidr } from "../../src/probes/cidr.js";
import { cidrContains } from "../../src/probes/cidr-contains.js";
import { parseIpAddress } from "../../src/probes/parse-ip-address.js";

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  if (parsed.kind === "invalid") throw new Error(parsed.reason);
  return parsed.cidr;
};
const contains = (range: string, address: string) => {
  const parsed = parseIpAddress(address);
  if (!parsed) throw new Error(`bad test address ${address}`);
  return cidrContains(cidr(range), parsed);
};

describe("parseCidr", () => {
  it("GIVEN canonical ranges THEN they parse, with a canonical text", () => {
    expect(cidr("10.0.0.0/8").text).toBe("10.0.0.0/8");
    expect(cidr("FC00::/7").text).toBe("fc00::/7");
    expect(cidr("0.0.0.0/0").text).toBe("0.0.0.0/0");
    expect(cidr("::/0").text).toBe("::/0");
  });

  it("GIVEN a bare address THEN it is a single-host range", () => {
    expect(cidr("10.1.2.3").text).toBe("10.1.2.3/32");
    expect(cidr("::1").text).toBe("::1/128");
  });

  it("GIVEN host bits set THEN it is refused with the range the author probably meant", () => {
    expect(parseCidr("10.0.0.1/8")).toEqual({
      kind: "invalid",
      reason: '"10.0.0.1/8" has host bits set; did you mean 10.0.0.0/8?',
    });
  });

  it.each([
    "10/8",
    "10.0.0.0/33",
    "::/129",
    "10.0.0.0/",
    "10.0.0.0/08",
    "10.0.0.0/-1",
    "10.0.0.0/8/8",
    "",
    "x/8",
  ])("GIVEN %j THEN it is refused", (text) => {
    expect(parseCidr(text).kind).toBe("invalid");
  });
});

describe("cidrContains", () => {
  it.each([
    ["172.16.0.0/12", "172.16.0.0", true],
    ["172.16.0.0/12", "172.31.255.255", true],
    ["172.16.0.0/12", "172.32.0.0", false],
    ["172.16.0.0/12", "172.15.255.255", false],
    ["100.64.0.0/10", "100.127.255.255", true],
    ["100.64.0.0/10", "100.128.0.0", false],
    ["fc00::/7", "fdff::1", true],
    ["fc00::/7", "fe00::1", false],
    ["fe80::/10", "febf::1", true],
    ["fe80::/10", "fec0::1", false],
    ["0.0.0.0/0", "8.8.8.8", true],
    ["::/0", "8.8.8.8", false],
    ["0.0.0.0/0", "::ffff:8.8.8.8", false],
    ["10.1.2.3/32", "10.1.2.3", true],
    ["10.1.2.3/32", "10.1.2.4", false],
  ] as const)("GIVEN %s THEN %s is inside: %s", (range, address, expected) => {
    expect(contains(range, address)).toBe(expected);
  });
});
