import { describe, expect, it } from "vitest";
import { labTargets } from "../../bench/probe/lab-targets.js";
import { xrdpVariants } from "../support/lab/xrdp-variants.js";

// "TLSv1.2, TLSv1.3" -> ["1.2", "1.3"]; xrdp's "TLSv1" is TLS 1.0.
const versionsOf = (sslProtocols: string) =>
  sslProtocols.split(",").map((v) => (v.trim() === "TLSv1" ? "1.0" : v.trim().replace("TLSv", "")));

describe("bench ground truth agrees with the xrdp lab configuration", () => {
  for (const target of labTargets) {
    const { source } = target;
    if (source.lab === "shadow") continue;
    const variant = xrdpVariants[source.variant];
    const servesTls = variant.securityLayer !== "rdp" && variant.certificate !== "missing";
    it(`GIVEN ${target.name} (security_layer=${variant.securityLayer}) THEN the expected facts follow from it`, () => {
      const protocols = target.protocols.kind === "value" ? target.protocols.value : [];
      expect(protocols.includes("TLS")).toBe(servesTls);
      expect(protocols.includes("RDP")).toBe(variant.securityLayer !== "tls");
      expect(protocols.includes("NLA")).toBe(false);
      if (target.versions.kind === "value") {
        const expected = servesTls && "sslProtocols" in variant ? versionsOf(variant.sslProtocols) : [];
        expect(target.versions.value).toEqual(expected);
      }
    });
  }
});
