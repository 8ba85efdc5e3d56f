import { describe, expect, it } from "vitest";
import { renderDiscordFix } from "../../../adapters/discord/render-discord-fix.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { readable } from "./inspect-discord-message.js";

const flow = shippedFlow();
const fixById = (causeId: string, fixId: string) => {
  const fix = flow.causes.find((c) => c.id === causeId)?.fixes.find((f) => f.id === fixId);
  if (!fix) throw new Error(`no fix ${causeId}/${fixId}`);
  return fix;
};
const size = (fields: Array<{ name: string; value: string }>) =>
  fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
const text = (fields: Array<{ name: string; value: string }>) =>
  readable(fields.map((f) => `${f.name}\n${f.value}`).join("\n"));

describe("renderDiscordFix", () => {
  const insecure = fixById("nla-credssp", "allow-oracle-temporarily");

  it("GIVEN a temporary-insecure fix THEN its tag, every step, the verify step and the revert line are there", () => {
    const fields = renderDiscordFix(insecure, "1c");
    expect(insecure.risk).toBe("temporary-insecure");
    expect(fields[0]?.name).toBe(`1c) ${insecure.title}`);
    expect(fields[0]?.value).toMatch(/^\*\[client · needs admin · temporary-insecure\]\*\n1\. /);
    expect(text(fields)).toContain(`⚠️ **Revert afterwards:** ${insecure.revert}`);
    expect(text(fields)).toContain("**Verify:**");
    for (const f of fields) expect(f.value.length).toBeLessThanOrEqual(1024);
  });

  it("GIVEN a small budget THEN whole steps are dropped with a pointer to the terminal, and the revert line stays", () => {
    const fields = renderDiscordFix(insecure, "1c", 500);
    expect(size(fields)).toBeLessThanOrEqual(500);
    expect(text(fields)).toMatch(
      /…\d+ more step\(s\) do not fit in this Discord message; `rdp-fix diagnose`/,
    );
    expect(text(fields)).toContain("Revert afterwards:");
    expect(fields.flatMap((f) => f.value.split("```")).length % 2).toBe(1);
  });

  it("GIVEN a fix whose steps need more than one field THEN they continue in untitled fields, no step split", () => {
    const fix = fixById("cert-expired", "regenerate-self-signed");
    const fields = renderDiscordFix(fix, "1a");
    expect(fields.length).toBeGreaterThan(1);
    expect(fields.slice(1).every((f) => f.name === "\u200b")).toBe(true);
    for (const f of fields) expect(f.value.split("```").length % 2).toBe(1);
  });
});
