import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flowJsonSchema } from "../../src/flow/flow-json-schema.js";
import { loadFlows } from "../../src/flow/load-flows.js";
import { findingIds } from "../../src/probes/finding-ids.js";
import { serverFindingIds } from "../../src/server-report/server-finding-ids.js";
import { shippedFlow } from "../support/engine-conversation.js";

const flowDir = join(import.meta.dirname, "..", "..", "flows");

describe("the flows shipped in flows/", () => {
  it("GIVEN every file in flows/ THEN each is valid", async () => {
    const { problems, flows } = await loadFlows(flowDir);
    expect(problems).toEqual([]);
    expect(flows.map((f) => f.id)).toContain("rdp-connection");
  });

  it("GIVEN the connection flow THEN it has all fifteen stable cause ids", () => {
    expect(
      shippedFlow()
        .causes.map((c) => c.id)
        .sort(),
    ).toEqual(
      [
        "cert-expired",
        "cert-stale-name",
        "cert-private-key",
        "tls-version-mismatch",
        "tls-cipher-mismatch",
        "security-layer-rdp-only",
        "nla-credssp",
        "firewall-blocked",
        "rdp-service-down",
        "security-software",
        "udp-transport",
        "path-mtu",
        "dns-wrong-host",
        "connection-limit",
        "stale-client",
      ].sort(),
    );
  });

  it("GIVEN every finding a probe can report THEN the connection flow explains it", () => {
    const explained = new Set(shippedFlow().findings.map((f) => f.id));
    expect(findingIds.filter((id) => !explained.has(id))).toEqual([]);
  });

  it("GIVEN every finding a server report can produce THEN the connection flow explains it and weighs something", () => {
    const flow = shippedFlow();
    for (const id of serverFindingIds) {
      const definition = flow.findings.find((f) => f.id === id);
      expect(definition, id).toBeDefined();
      expect(Object.keys(definition?.evidence ?? {}).length, id).toBeGreaterThan(0);
    }
  });

  it("GIVEN the connection flow THEN every cause has a fix with an exact command and every fix a verify step", () => {
    for (const cause of shippedFlow().causes) {
      expect(
        cause.fixes.some((fix) => fix.steps.some((step) => step.command !== undefined)),
        cause.id,
      ).toBe(true);
    }
  });

  it("GIVEN at least ten questions THEN none needs server access to answer", () => {
    expect(shippedFlow().questions.length).toBeGreaterThanOrEqual(10);
  });

  it("GIVEN the zod schema THEN the committed flows/flow.schema.json matches it (run npm run flows:schema)", () => {
    const committed = JSON.parse(readFileSync(join(flowDir, "flow.schema.json"), "utf8"));
    expect(committed).toEqual(flowJsonSchema());
  });
});
