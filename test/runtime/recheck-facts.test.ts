import { describe, expect, it } from "vitest";
import { recheckFacts } from "../../src/runtime/recheck-facts.js";
import { recordedProbeReport } from "../adapters/slack/slack-conversation-replies.js";

describe("recheckFacts: what a re-check compares besides the findings", () => {
  it("GIVEN the recorded probes of the expired-certificate demo THEN the certificate with its thumbprint, the TLS versions and each negotiation", () => {
    const facts = recheckFacts(recordedProbeReport("expired-cert"));
    const ids = facts.map((f) => f.id);
    expect(ids).toContain("probe.certificate");
    expect(ids).toContain("probe.tls-versions");
    expect(ids.filter((id) => id === "probe.negotiation")).toHaveLength(3);
    const certificate = facts.find((f) => f.id === "probe.certificate");
    expect(certificate?.detail).toMatch(/valid 2020-01-01 to 2021-01-01, thumbprint [0-9A-F]{40}$/);
    expect(certificate?.address).toBe("127.0.0.1");
  });
});
