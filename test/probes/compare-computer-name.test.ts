import { describe, expect, it } from "vitest";
import { compareComputerName } from "../../src/probes/compare-computer-name.js";
import type { NtlmIdentity } from "../../src/probes/ntlm-identity.js";

const host17: NtlmIdentity = {
  targetName: "CORP",
  netbiosComputerName: "HOST17",
  netbiosDomainName: "CORP",
  dnsComputerName: "host17.corp.example",
  dnsDomainName: "corp.example",
  dnsTreeName: "corp.example",
  serverTime: null,
  version: null,
};

describe("compareComputerName", () => {
  it.each(["host17", "HOST17", "host17.corp.example", "Host17.other.example.", "host17."])(
    "GIVEN %s typed for HOST17 THEN the names match",
    (typed) => {
      expect(compareComputerName(typed, host17)).toEqual({ kind: "match" });
    },
  );

  it("GIVEN localhost typed for HOST17 THEN it is a mismatch naming both", () => {
    expect(compareComputerName("localhost", host17)).toEqual({
      kind: "mismatch",
      typed: "localhost",
      serverNames: ["HOST17", "host17.corp.example"],
    });
  });

  it("GIVEN a long DNS name whose NetBIOS name is cut at 15 characters THEN the DNS name still matches", () => {
    const long = {
      ...host17,
      netbiosComputerName: "FINANCE-TERMINA",
      dnsComputerName: "finance-terminal-07.corp",
    };
    expect(compareComputerName("finance-terminal-07", long)).toEqual({ kind: "match" });
  });

  it.each(["127.0.0.1", "::1", "[::1]"])(
    "GIVEN the IP literal %s typed THEN no comparison is made",
    (typed) => {
      expect(compareComputerName(typed, host17)).toEqual({
        kind: "not-compared",
        why: "an IP address was typed",
      });
    },
  );

  it("GIVEN a server that sent no computer name THEN no comparison is made", () => {
    const anonymous = { ...host17, netbiosComputerName: null, dnsComputerName: "" };
    expect(compareComputerName("host17", anonymous).kind).toBe("not-compared");
  });
});
