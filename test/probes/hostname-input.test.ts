import { describe, expect, it } from "vitest";
import { formatIpAddress } from "../../src/probes/format-ip-address.js";
import { parseHostnameInput } from "../../src/probes/hostname-input.js";

const read = (text: string) => {
  const input = parseHostnameInput(text);
  return input.kind === "ip"
    ? `ip ${formatIpAddress(input.address)}`
    : input.kind === "name"
      ? `name ${input.name}`
      : "invalid";
};

describe("parseHostnameInput", () => {
  it.each([
    ["host42", "name host42"],
    ["HOST42.Corp.Example", "name host42.corp.example"],
    ["host42.corp.example.", "name host42.corp.example"],
    ["pc_042.corp.example", "name pc_042.corp.example"],
    ["xn--bcher-kva.example", "name xn--bcher-kva.example"],
    ["3com.example", "name 3com.example"],
    ["localhost", "name localhost"],
    [`${"a".repeat(63)}.example`, `name ${"a".repeat(63)}.example`],
    ["10.0.0.5", "ip 10.0.0.5"],
    ["2852039166", "ip 169.254.169.254"],
    ["0xa9fea9fe", "ip 169.254.169.254"],
    ["127.1", "ip 127.0.0.1"],
    ["::1", "ip ::1"],
    ["[::1]", "ip ::1"],
    ["[fd00::5]", "ip fd00::5"],
    ["[::ffff:169.254.169.254]", "ip ::ffff:169.254.169.254"],
  ])("GIVEN %j THEN it reads as %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["", "the host name is empty"],
    [" host42", "white space"],
    ["host 42", "white space"],
    ["host42\n", "white space"],
    ["rdp://host42", "not a URL"],
    ["https://host42/", "not a URL"],
    ["user@host42", "without user@"],
    ["host42/admin", "without a path"],
    ["host42:3389", "give the port separately"],
    ["[::1]:3389", "give the port separately"],
    ["host42;rm -rf", "white space"],
    ["host42;id", '";"'],
    ["$(id)", '"$"'],
    ["`id`", '"`"'],
    ["host42|nc", '"|"'],
    ["host42&", '"&"'],
    ["-oProxyCommand=x", '"="'],
    ["host42\u0000", '"\\u0000"'],
    ["bücher.example", "xn--"],
    ["-host.example", "dot-separated part"],
    ["host-.example", "dot-separated part"],
    ["a..b", "dot-separated part"],
    [".", "not a valid host name"],
    [`${"a".repeat(64)}.example`, "dot-separated part"],
    [`${"a.".repeat(127)}ab`, "longer than 253"],
    ["256.1.1.1", "not a valid one"],
    ["1.2.3.4.5", "not a valid one"],
    ["127.1.", "not a valid one"],
    ["[host42]", "not a valid IPv6 address"],
    ["[::1", "not a valid IPv6 address"],
    ["1:2:3", "not a valid IPv6 address"],
    ["*.corp.example", '"*"'],
  ])("GIVEN %j THEN it is refused: %s", (text, reason) => {
    const input = parseHostnameInput(text);
    expect(input.kind).toBe("invalid");
    expect(input.kind === "invalid" && input.reason).toContain(reason);
  });
});
