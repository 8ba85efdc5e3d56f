import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "..", "..", "..", "adapters", "discord");
/** The one file that wires discord.js; everything else in the adapter must be pure and SDK-free at run time. */
const sdkEntry = "discord-app.ts";
const sdk = /^(discord\.js|discord-api-types|@discordjs\/)/;

describe("the Discord adapter's pure modules (DESIGN section 2)", () => {
  it("GIVEN any module but discord-app.ts THEN it imports discord.js and its packages only as types", () => {
    const offending = readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && name !== sdkEntry)
      .flatMap((name) => {
        const text = readFileSync(join(dir, name), "utf8");
        const imports = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)];
        const dynamic = [...text.matchAll(/import\(\s*"([^"]+)"\s*\)/g)];
        return [...imports, ...dynamic]
          .filter((m) => sdk.test(m[1] ?? ""))
          .map((m) => `${name} imports ${m[1]}`);
      });
    expect(offending).toEqual([]);
  });
});
