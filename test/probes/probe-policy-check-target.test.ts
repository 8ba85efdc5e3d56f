import { describe, expect, it } from "vitest";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { checkTarget } from "../../src/probes/probe-policy-check-target.js";
import type { AddressDecision } from "../../src/probes/probe-policy-decision.js";
import { defaultProbePolicyConfig } from "../../src/probes/probe-policy-defaults.js";

const defaults = createProbePolicy(defaultProbePolicyConfig);
/** What a careless administrator might configure: everything. The built-in denials must still hold. */
const everything = createProbePolicy({
  allowedCidrs: ["0.0.0.0/0", "::/0"],
  allowedHostnames: [],
  allowedPorts: [3389],
});

const judge = (policy: typeof defaults, address: string): AddressDecision => {
  const [decision] = checkTarget(policy, { host: "host42", port: 3389, addresses: [address] }).addresses;
  if (!decision) throw new Error("no decision");
  return decision;
};

describe("checkTarget", () => {
  describe("GIVEN a policy that allows every address", () => {
    it.each([
      ["169.254.169.254", "cloud metadata"],
      ["2852039166", "cloud metadata"],
      ["0251.0376.0251.0376", "cloud metadata"],
      ["0xa9fea9fe", "cloud metadata"],
      ["0xA9.0xFE.0xA9.0xFE", "cloud metadata"],
      ["169.254.43518", "cloud metadata"],
      ["169.16689662", "cloud metadata"],
      ["::ffff:169.254.169.254", "cloud metadata"],
      ["::ffff:a9fe:a9fe", "cloud metadata"],
      ["::ffff:0:a9fe:a9fe", "cloud metadata"],
      ["::169.254.169.254", "cloud metadata"],
      ["64:ff9b::169.254.169.254", "cloud metadata"],
      ["64:ff9b::a9fe:a9fe", "cloud metadata"],
      ["64:ff9b:1::a9fe:a9fe", "cloud metadata"],
      ["64:ff9b:1:a9fe:a9:fea9:fe00:0", "cloud metadata"],
      ["2002:a9fe:a9fe::1", "cloud metadata"],
      ["169.254.170.2", "link-local"],
      ["169.254.0.1", "link-local"],
      ["::ffff:169.254.0.1", "link-local"],
      ["fe80::1", "IPv6 link-local"],
      ["fe80::1%eth0", "IPv6 link-local"],
      ["FEBF::1", "IPv6 link-local"],
      ["fd00:ec2::254", "AWS metadata"],
      ["fd00:ec2:0::254", "AWS metadata"],
      ["fd20:ce::254", "Google Cloud metadata"],
      ["100.100.100.200", "Alibaba"],
      ["1684301000", "Alibaba"],
      ["168.63.129.16", "Azure"],
      ["::ffff:168.63.129.16", "Azure"],
      ["224.0.0.1", "multicast"],
      ["239.255.255.250", "multicast"],
      ["0xe0000001", "multicast"],
      ["ff02::1", "IPv6 multicast"],
      ["255.255.255.255", "broadcast"],
      ["4294967295", "broadcast"],
      ["0.0.0.0", "not a host address"],
      ["0", "not a host address"],
      ["0.1.2.3", "not a host address"],
      ["::", "unspecified"],
      ["::ffff:0.0.0.0", "not a host address"],
    ])("THEN %s is always denied (%s)", (address, reason) => {
      const decision = judge(everything, address);
      expect(decision).toMatchObject({ kind: "denied", code: "always-denied", address });
      expect(decision.kind === "denied" && decision.reason).toContain(reason);
    });

    it.each([
      ["8.8.8.8", "8.8.8.8"],
      ["2001:db8::1", "2001:db8::1"],
      ["::ffff:8.8.8.8", "8.8.8.8"],
      ["64:ff9b:1::808:808", "64:ff9b:1::808:808"],
      ["::2", "::2"],
    ])("THEN an ordinary address %s is allowed, sent to %s", (address, target) => {
      expect(judge(everything, address)).toMatchObject({ kind: "allowed", target });
    });
  });

  describe("GIVEN the default policy", () => {
    it.each([
      ["10.20.30.40", "10.0.0.0/8"],
      ["172.31.0.9", "172.16.0.0/12"],
      ["192.168.1.20", "192.168.0.0/16"],
      ["100.64.0.7", "100.64.0.0/10"],
      ["fd12:3456::9", "fc00::/7"],
      ["127.0.0.1", "127.0.0.0/8"],
      ["127.1", "127.0.0.0/8"],
      ["::1", "::1/128"],
      ["::ffff:10.1.2.3", "10.0.0.0/8"],
    ])("THEN %s is allowed by %s", (address, rule) => {
      expect(judge(defaults, address)).toMatchObject({ kind: "allowed", address, rule });
    });

    it("THEN a mapped address is sent to its IPv4 form", () => {
      expect(judge(defaults, "::ffff:a01:203")).toMatchObject({ kind: "allowed", target: "10.1.2.3" });
    });

    it.each([
      "8.8.8.8",
      "172.32.0.1",
      "192.169.0.1",
      "100.128.0.1",
      "2001:db8::1",
      "::ffff:8.8.8.8",
      "::10.1.2.3",
      "64:ff9b::a01:203",
      "134744072",
    ])("THEN %s is outside the allowed ranges", (address) => {
      const decision = judge(defaults, address);
      expect(decision).toMatchObject({ kind: "denied", code: "not-allowed" });
      expect(decision.kind === "denied" && decision.reason).toContain("outside the address ranges");
    });

    it("THEN an unusual spelling is explained in the reason", () => {
      expect(judge(defaults, "2852039166")).toMatchObject({
        reason: expect.stringContaining("2852039166 (169.254.169.254) is the cloud metadata service"),
      });
    });

    it.each(["", "host42", "10.0.0.5/32", "[::1]", "10.0.0.5:3389"])(
      "THEN %j is not an address",
      (address) => {
        expect(judge(defaults, address)).toMatchObject({ kind: "denied", code: "invalid-address" });
      },
    );

    it("THEN each address of a name gets its own verdict, in order", () => {
      const decision = checkTarget(defaults, {
        host: "host42.corp.example",
        port: 3389,
        addresses: ["10.0.0.5", "169.254.169.254", "8.8.8.8"],
      });
      expect(decision.request.kind).toBe("allowed");
      expect(decision.addresses.map((entry) => `${entry.kind} ${entry.address}`)).toEqual([
        "allowed 10.0.0.5",
        "denied 169.254.169.254",
        "denied 8.8.8.8",
      ]);
    });
  });

  describe("GIVEN a denied request", () => {
    it.each([
      ["host42", 3390, "port-not-allowed"],
      ["host42", "3389x", "invalid-port"],
      ["host42", 0, "invalid-port"],
      ["rdp://host42", 3389, "invalid-hostname"],
      ["host42;id", 3389, "invalid-hostname"],
      ["", 3389, "invalid-hostname"],
      ["metadata.google.internal", 3389, "denied-hostname"],
      ["METADATA.GOOGLE.INTERNAL.", 3389, "denied-hostname"],
      ["169.254.169.254", 3389, "always-denied"],
      ["[fd00:ec2::254]", 3389, "always-denied"],
      ["2852039166", 3389, "always-denied"],
      ["8.8.8.8", 3389, "not-allowed"],
    ] as const)("THEN %j port %j is denied (%s) and so is every address", (host, port, code) => {
      const decision = checkTarget(defaults, { host, port, addresses: ["10.0.0.5", "127.0.0.1"] });
      expect(decision.request).toMatchObject({ kind: "denied", code });
      expect(decision.addresses).toEqual([
        expect.objectContaining({ kind: "denied", code, address: "10.0.0.5" }),
        expect.objectContaining({ kind: "denied", code, address: "127.0.0.1" }),
      ]);
    });

    it("THEN the request decision is reached before any lookup (no addresses needed)", () => {
      expect(checkTarget(defaults, { host: "0xa9fea9fe", port: 3389, addresses: [] }).request).toMatchObject({
        kind: "denied",
        reason: expect.stringContaining("0xa9fea9fe (169.254.169.254)"),
      });
    });
  });

  describe("GIVEN host name patterns", () => {
    const corp = createProbePolicy({
      ...defaultProbePolicyConfig,
      allowedHostnames: ["*.corp.example", "jump.lab"],
    });

    it.each(["host42.corp.example", "HOST42.CORP.EXAMPLE.", "jump.lab", "10.0.0.5", "[::1]"])(
      "THEN %s may be asked about",
      (host) => {
        expect(checkTarget(corp, { host, port: 3389, addresses: [] }).request.kind).toBe("allowed");
      },
    );

    it.each(["host42.evil.example", "corp.example", "host42"])(
      "THEN %s is refused before resolution",
      (host) => {
        expect(checkTarget(corp, { host, port: 3389, addresses: [] }).request).toMatchObject({
          kind: "denied",
          code: "hostname-not-allowed",
        });
      },
    );

    it("THEN a matching name still cannot reach an address outside the ranges", () => {
      const decision = checkTarget(corp, { host: "host42.corp.example", port: 3389, addresses: ["8.8.8.8"] });
      expect(decision.addresses[0]).toMatchObject({ kind: "denied", code: "not-allowed" });
    });
  });
});
