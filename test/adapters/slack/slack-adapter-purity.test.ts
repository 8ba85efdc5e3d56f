import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "..", "..", "..", "adapters", "slack");
/** The one file that wires Bolt; everything else in the adapter must be pure and SDK-free at runtime. */
const sdkEntry = "slack-app.ts";

describe("the Slack adapter's pure modules (DESIGN section 2)", () => {
  it("GIVEN any module but slack-app.ts THEN it imports the Slack SDK only as types", () => {
    const offending = readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && name !== sdkEntry)
      .flatMap((name) => {
        const text = readFileSync(join(dir, name), "utf8");
        const runtime = [
          ...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"(@slack\/[^"]+)"/gms),
        ];
        const dynamic = [...text.matchAll(/import\(\s*"(@slack\/[^"]+)"\s*\)/g)];
        return [...runtime, ...dynamic].map((m) => `${name} imports ${m[1]}`);
      });
    expect(offending).toEqual([]);
  });
});
