import { describe, expect, it } from "vitest";
import { embeddedIpv4Addresses } from "../../src/probes/embedded-ipv4-address.js";
import { formatIpAddress } from "../../src/probes/format-ip-address.js";
import { parseIpAddress } from "../../src/probes/parse-ip-address.js";

const embedded = (text: string) => {
  const parsed = parseIpAddress(text);
  if (!parsed) throw new Error(`bad test address ${text}`);
  return embeddedIpv4Addresses(parsed).map(({ via, address }) => `${via} ${formatIpAddress(address)}`);
};

describe("embeddedIpv4Addresses", () => {
  it.each([
    ["::ffff:169.254.169.254", ["ipv4-mapped 169.254.169.254"]],
    ["::ffff:a9fe:a9fe", ["ipv4-mapped 169.254.169.254"]],
    ["::ffff:0:a9fe:a9fe", ["ipv4-translated 169.254.169.254"]],
    ["::a9fe:a9fe", ["ipv4-compatible 169.254.169.254"]],
    ["::0.0.0.2", ["ipv4-compatible 0.0.0.2"]],
    ["64:ff9b::a9fe:a9fe", ["nat64 169.254.169.254"]],
    ["2002:a9fe:a9fe::1", ["6to4 169.254.169.254"]],
  ])("GIVEN %s THEN it carries %j", (text, expected) => {
    expect(embedded(text)).toEqual(expected);
  });

  it("GIVEN the local-use NAT64 prefix THEN every RFC 6052 position is a candidate", () => {
    expect(embedded("64:ff9b:1:a9fe:a9:fea9:fe00:0")).toContain("nat64 169.254.169.254");
    expect(embedded("64:ff9b:1::a9fe:a9fe")).toContain("nat64 169.254.169.254");
    expect(embedded("64:ff9b:1::a9fe:a9fe")).toHaveLength(4);
  });

  it.each(["::", "::1", "10.0.0.1", "fd00::1", "2001:db8::a9fe:a9fe", "64:ff9b:0:0:1::a9fe:a9fe"])(
    "GIVEN %s THEN it carries nothing",
    (text) => {
      expect(embedded(text)).toEqual([]);
    },
  );
});
