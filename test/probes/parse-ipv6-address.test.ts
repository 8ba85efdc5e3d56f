import { describe, expect, it } from "vitest";
import { formatIpAddress } from "../../src/probes/format-ip-address.js";
import { parseIpv6Address } from "../../src/probes/parse-ipv6-address.js";

const canonical = (input: string) => {
  const parsed = parseIpv6Address(input);
  return parsed && formatIpAddress(parsed);
};

describe("parseIpv6Address", () => {
  it.each([
    ["::", "::"],
    ["::1", "::1"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["FE80::1", "fe80::1"],
    ["2001:db8::", "2001:db8::"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"],
    ["::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8"],
    ["1:0:0:2:0:0:0:3", "1:0:0:2::3"],
    ["1:0:0:2:0:0:3:4", "1::2:0:0:3:4"],
    ["::ffff:169.254.169.254", "::ffff:169.254.169.254"],
    ["::ffff:a9fe:a9fe", "::ffff:169.254.169.254"],
    ["::FFFF:A9FE:A9FE", "::ffff:169.254.169.254"],
    ["64:ff9b::169.254.169.254", "64:ff9b::a9fe:a9fe"],
    ["::169.254.169.254", "::a9fe:a9fe"],
    ["fe80::1%eth0", "fe80::1%eth0"],
    ["fd00:ec2::254", "fd00:ec2::254"],
  ])("GIVEN %s THEN it reads as %s", (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it.each([
    "",
    ":",
    ":::",
    "1:::2",
    "1::2::3",
    ":1::",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7:8::",
    "12345::",
    "g::1",
    "::ffff:0251.0.0.1",
    "::ffff:169.254.43518",
    "::ffff:1.2.3.4.5",
    "1.2.3.4::",
    "::1.2.3.4:5",
    "[::1]",
    "fe80::1%",
    "fe80::1%eth0%1",
    "fe80::1%eth 0",
    "::1 ",
  ])("GIVEN %j THEN it is not an IPv6 address", (input) => {
    expect(parseIpv6Address(input)).toBeUndefined();
  });
});
