import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DiagnosisReply } from "../../src/engine/index.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";
import { serverReportEvent } from "../../src/server-report/server-report-event.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const dir = join(import.meta.dirname, "..", "fixtures", "server-reports");
const serverCauses = [
  "cert-expired",
  "cert-private-key",
  "cert-stale-name",
  "security-layer-rdp-only",
  "nla-credssp",
  "tls-version-mismatch",
  "tls-cipher-mismatch",
  "connection-limit",
  "rdp-service-down",
  "firewall-blocked",
];

/** A diagnosis of HOST42 without probes or answers: the report is the only evidence. */
function diagnoseWith(fixture: string): DiagnosisReply {
  const parsed = parseServerReport(readFileSync(join(dir, fixture), "utf8"));
  if (!parsed.ok) throw new Error(`${fixture}: ${parsed.problem.message}`);
  const bot = engineConversation(shippedFlow());
  bot.start("host42.corp.example", { probing: false });
  bot.send(serverReportEvent(parsed.report, "alice"));
  const diagnosis = bot.send({ kind: "results-now", user: "alice" }).replies[0];
  if (diagnosis?.kind !== "diagnosis") throw new Error("expected a diagnosis");
  return diagnosis;
}

describe("the server report fixtures (test/fixtures/server-reports)", () => {
  it("GIVEN the fixture directory THEN it holds one report per server-side cause and a healthy one", () => {
    expect(readdirSync(dir).sort()).toEqual([...serverCauses, "healthy"].map((c) => `${c}.json`).sort());
  });

  it.each(serverCauses)(
    "GIVEN the %s report alone THEN that cause is first, moved by the report's facts",
    (causeId) => {
      const [top] = diagnoseWith(`${causeId}.json`).causes;
      expect(top?.id).toBe(causeId);
      expect(top?.confidence).toBeGreaterThan(0.8);
      expect(top?.evidenceFor.some((item) => item.ref.startsWith("server."))).toBe(true);
    },
  );

  it("GIVEN the healthy report alone THEN it confirms none of the server-side causes: the report weighs against each", () => {
    const { causes } = diagnoseWith("healthy.json");
    expect(serverCauses).not.toContain(causes[0]?.id);
    for (const id of serverCauses) {
      const cause = causes.find((c) => c.id === id);
      const items = [...(cause?.evidenceFor ?? []), ...(cause?.evidenceAgainst ?? [])];
      const serverBits = items.filter((i) => i.ref.startsWith("server.")).reduce((sum, i) => sum + i.bits, 0);
      expect(serverBits, id).toBeLessThan(0);
    }
  });
});
