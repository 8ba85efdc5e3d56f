import { describe, expect, it } from "vitest";
import { documentToDiscord } from "../../../adapters/discord/document-to-discord.js";
import { plain } from "../../../src/chat/document/inline.js";
import { presentFix } from "../../../src/chat/document/present-fix.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { checkDiscordLimits } from "./check-discord-limits.js";
import { codeBlocks, visibleText } from "./inspect-discord-message.js";

const flow = shippedFlow();
const fixById = (causeId: string, fixId: string) => {
  const fix = flow.causes.find((c) => c.id === causeId)?.fixes.find((f) => f.id === fixId);
  if (!fix) throw new Error(`no fix ${causeId}/${fixId}`);
  return fix;
};
const asDiscord = (fix: ReturnType<typeof fixById>, label: string) =>
  documentToDiscord({ summary: [plain(fix.title)], blocks: presentFix(fix, label) }, "s-1");

describe("a fix on Discord (presentFix, then documentToDiscord)", () => {
  const insecure = fixById("nla-credssp", "allow-oracle-temporarily");

  it("GIVEN a temporary-insecure fix THEN its tag, every step, the verify step and the revert line are there", () => {
    const message = asDiscord(insecure, "1c");
    expect(insecure.risk).toBe("temporary-insecure");
    expect(checkDiscordLimits(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain(`**1c) ${insecure.title}**  *[client · needs admin · temporary-insecure]*\n1. `);
    expect(text).toContain(`⚠️ **Revert afterwards:** ${insecure.revert}`);
    expect(text).toContain("**Verify:**");
  });

  it("GIVEN a command too long for an embed THEN it is named with a pointer to the terminal, never cut, and the revert line stays", () => {
    const command = `Set-Item ${"x".repeat(5_000)}`;
    const long = {
      ...insecure,
      steps: insecure.steps.map((s) => ({ ...s, command, shell: "powershell" as const })),
    };
    const message = asDiscord(long, "1c");
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(visibleText(message)).toMatch(
      /The command is too long for this message \(\d+ characters\); run `rdp-fix diagnose`/,
    );
    expect(codeBlocks(message).filter((c) => c.startsWith("Set-Item"))).toEqual([]);
    expect(visibleText(message)).toContain("Revert afterwards:");
  });

  it("GIVEN every fix of the shipped flow THEN each shows every command whole, in one embed, no code block split", () => {
    for (const fix of flow.causes.flatMap((c) => c.fixes)) {
      const message = asDiscord(fix, "1a");
      expect(checkDiscordLimits(message), fix.id).toEqual([]);
      expect(message.embeds.length + (message.content ? 1 : 0), fix.id).toBe(1);
      for (const step of [...fix.steps, fix.verify])
        if (step.command && step.shell !== "gui") expect(codeBlocks(message), fix.id).toContain(step.command);
    }
  });
});
