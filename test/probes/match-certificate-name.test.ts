import { describe, expect, it } from "vitest";
import { matchCertificateName } from "../../src/probes/match-certificate-name.js";

const names = (
  dnsNames: string[],
  ipAddresses: string[] = [],
  commonName: string | null = "cn.example.com",
) => ({
  commonName,
  dnsNames,
  ipAddresses,
});

describe("matchCertificateName", () => {
  it("GIVEN the host in the DNS SANs, in another case and with a trailing dot THEN it matches", () => {
    expect(matchCertificateName("RDP-Lab.Local.", names(["rdp-lab.local"]))).toEqual({
      kind: "match",
      by: "dns-san",
      name: "rdp-lab.local",
    });
  });

  it("GIVEN a wildcard SAN THEN it matches exactly one leftmost label", () => {
    const cert = names(["*.corp.example.com"]);
    expect(matchCertificateName("host42.corp.example.com", cert).kind).toBe("match");
    expect(matchCertificateName("a.b.corp.example.com", cert).kind).toBe("mismatch");
    expect(matchCertificateName("corp.example.com", cert).kind).toBe("mismatch");
  });

  it("GIVEN a wildcard directly above a top-level domain THEN it matches nothing", () => {
    expect(matchCertificateName("example.com", names(["*.com"])).kind).toBe("mismatch");
  });

  it("GIVEN a short name and a certificate for the FQDN THEN it is a mismatch, as mstsc reports it", () => {
    expect(matchCertificateName("host42", names(["host42.corp.example.com"]))).toEqual({
      kind: "mismatch",
      checked: "dns-san",
    });
  });

  it("GIVEN an IP literal THEN only IP SANs count, in any IPv6 spelling", () => {
    expect(matchCertificateName("127.0.0.1", names(["127.0.0.1"])).kind).toBe("mismatch");
    expect(matchCertificateName("127.0.0.1", names([], ["127.0.0.1"])).kind).toBe("match");
    expect(matchCertificateName("0:0:0:0:0:0:0:1", names([], ["::1"])).kind).toBe("match");
  });

  it("GIVEN no SAN at all THEN the common name decides", () => {
    expect(matchCertificateName("cn.example.com", names([])).kind).toBe("match");
    expect(matchCertificateName("other.example.com", names([]))).toEqual({
      kind: "mismatch",
      checked: "common-name",
    });
  });

  it("GIVEN SANs that do not name the host THEN the common name is ignored", () => {
    expect(matchCertificateName("cn.example.com", names(["other.example.com"])).kind).toBe("mismatch");
  });

  it("GIVEN no names at all THEN it says nothing was there to check", () => {
    expect(matchCertificateName("host", names([], [], null))).toEqual({
      kind: "mismatch",
      checked: "nothing",
    });
  });
});
