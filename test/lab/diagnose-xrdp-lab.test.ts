import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnoseLabTarget } from "../support/lab/lab-diagnosis.js";
import { type ShadowLab, startShadowLab } from "../support/lab/start-shadow-lab.js";
import { startXrdpLab, type XrdpLab } from "../support/lab/start-xrdp-lab.js";
import type { XrdpVariantName } from "../support/lab/xrdp-variants.js";

let lab: XrdpLab;
let shadow: ShadowLab;

beforeAll(async () => {
  [lab, shadow] = await Promise.all([startXrdpLab(), startShadowLab()]);
});

afterAll(async () => {
  await Promise.all([lab?.stop(), shadow?.stop()]);
});

/** Fault variants of the real xrdp: the finding the probe must report and the cause diagnose must rank first. */
const faults: Array<[XrdpVariantName, string, string]> = [
  ["tls_expired", "cert.expired", "cert-expired"],
  ["neg_expired", "cert.expired", "cert-expired"],
  ["tls_future", "cert.not-yet-valid", "cert-expired"],
  ["tls_wronghost", "cert.name-mismatch", "cert-stale-name"],
  ["tls_rsa1024", "tls.server-credential-failure", "cert-private-key"],
  ["tls_nocert", "rdp.failure.ssl-cert-not-on-server", "cert-private-key"],
  ["rdp_only", "rdp.selected.rdp", "security-layer-rdp-only"],
  ["tls10_only", "tls.legacy-only", "tls-version-mismatch"],
  ["tls11_only", "tls.legacy-only", "tls-version-mismatch"],
  ["tls13_only", "tls.only-1.3", "tls-version-mismatch"],
  ["tls12_camellia", "tls.no-modern-cipher", "tls-cipher-mismatch"],
];

/** Variants a Windows client connects to; nothing about them may be reported as a fault. */
const healthy: XrdpVariantName[] = ["tls_valid", "negotiate", "tls12_only", "tls12_cbc_only", "tls_ec"];
const faultFindings =
  /^(cert\.(expired|not-yet-valid|name-mismatch|weak-.*)|tls\.(?!$)|rdp\.(failure\.ssl-cert|selected\.rdp|no-confirm|not-rdp)|tcp\.(refused|timeout))/;

describe("diagnose against the real xrdp lab", () => {
  it.each(faults)(
    "GIVEN xrdp %s THEN the probe reports %s and diagnose ranks %s first",
    async (variant, finding, cause) => {
      const { host, port } = lab.endpoint(variant);
      const result = await diagnoseLabTarget(host, port);
      expect(result.findings).toContain(finding);
      expect(result.causes[0]?.id).toBe(cause);
      expect(result.causes[0]?.evidence.for.map((e) => e.ref)).toContain(finding);
    },
  );

  it.each(healthy)(
    "GIVEN the healthy xrdp %s THEN no fault is reported and no cause claims certainty",
    async (variant) => {
      const { host, port } = lab.endpoint(variant);
      const result = await diagnoseLabTarget(host, port);
      expect(result.findings).toContain("tcp.open");
      expect(result.findings).toContain("rdp.selected.ssl");
      expect(result.findings.filter((id) => faultFindings.test(id))).toEqual([]);
      expect(result.causes[0]?.confidence).toBeLessThan(0.5);
    },
  );

  it.each([
    ["tls_sha1", "cert.weak-signature"],
    ["tls_rsa1024_sl0", "cert.weak-key"],
  ] as const)("GIVEN xrdp %s THEN the weak certificate is reported as %s", async (variant, finding) => {
    const { host, port } = lab.endpoint(variant);
    expect((await diagnoseLabTarget(host, port)).findings).toContain(finding);
  });

  it("GIVEN a lab address where nothing listens THEN the refusal is a finding and the listener leads", async () => {
    const result = await diagnoseLabTarget(lab.closed.host, lab.closed.port);
    expect(result.findings).toContain("tcp.refused");
    expect(result.causes[0]?.id).toBe("rdp-service-down");
  });
});

describe("diagnose against the real FreeRDP shadow server", () => {
  it("GIVEN NLA is required (real CredSSP) and the client shows the CredSSP error THEN NLA/CredSSP leads", async () => {
    const { host, port } = shadow.endpoint("nla");
    const result = await diagnoseLabTarget(host, port, ["error-shown=credssp"]);
    expect(result.findings).toEqual(
      expect.arrayContaining(["rdp.selected.hybrid", "rdp.failure.hybrid-required"]),
    );
    expect(result.causes[0]?.id).toBe("nla-credssp");
  });

  it("GIVEN the security layer is RDP only THEN failure code 2 is reported and RDP-only security leads", async () => {
    const { host, port } = shadow.endpoint("rdp");
    const result = await diagnoseLabTarget(host, port);
    expect(result.findings).toContain("rdp.failure.ssl-not-allowed");
    expect(result.causes[0]?.id).toBe("security-layer-rdp-only");
  });

  it("GIVEN TLS is required THEN the legacy client's refusal is reported and the TLS session works", async () => {
    const { host, port } = shadow.endpoint("tls");
    const result = await diagnoseLabTarget(host, port);
    expect(result.findings).toEqual(expect.arrayContaining(["rdp.selected.ssl", "rdp.failure.ssl-required"]));
    expect(result.findings.filter((id) => id.startsWith("tls."))).toEqual([]);
  });
});
