import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeServerReport } from "../../src/server-report/encode-server-report.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";
import { forEachFuzzCase, mutateText } from "../support/fuzz-cases.js";
import { deeplyNested, randomJson } from "../support/random-json.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "server-reports");
const reports = ["healthy", "cert-private-key", "firewall-blocked", "security-layer-rdp-only"].map((name) =>
  JSON.parse(readFileSync(join(fixtures, `${name}.json`), "utf8")),
);
const lines = reports.map((report) => encodeServerReport(report));
const jsons = reports.map((report) => JSON.stringify(report, null, 2));
const kinds = ["garbled", "truncated", "too-large", "wrong-version", "tampered", "invalid"];

describe("fuzz: mutated RDPFIX1 reports into the server-report parser", () => {
  it("GIVEN mutated lines, mutated JSON and reports with random values THEN the parser never throws and names a known problem", () => {
    forEachFuzzCase(
      500,
      (random) => {
        const shape = random.next();
        if (shape < 0.45) return mutateText(random, random.pick(lines), 4);
        if (shape < 0.7) return mutateText(random, random.pick(jsons), 4);
        if (shape < 0.8)
          return encodeServerReport({ ...random.pick(reports), listener: randomJson(random, 4) });
        if (shape < 0.9) return `{"format":"rdp-fix-server-report","version":${deeplyNested(random, 6000)}}`;
        // A valid line re-encoded around a changed report: its checksum holds, so the schema must judge it.
        const report = random.pick(reports);
        const key = random.pick(Object.keys(report));
        return encodeServerReport({ ...report, [key]: randomJson(random, 3) });
      },
      (text) => {
        const parsed = parseServerReport(text);
        if (!parsed.ok) {
          expect(kinds).toContain(parsed.problem.kind);
          expect(parsed.problem.message.length).toBeLessThan(1000);
        }
      },
    );
  });
});
