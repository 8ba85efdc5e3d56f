import { describe, expect, it } from "vitest";
import { documentToSlack } from "../../../adapters/slack/document-to-slack.js";
import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import { plain } from "../../../src/chat/document/inline.js";
import { presentFix } from "../../../src/chat/document/present-fix.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { checkSlackLimits } from "./check-slack-limits.js";
import { codeBlocks, visibleText } from "./inspect-slack-message.js";

const flow = shippedFlow();
const allFixes = flow.causes.flatMap((c) => c.fixes);
const insecure = allFixes.find((f) => f.risk === "temporary-insecure" && f.revert);
const asSlack = (fix: (typeof allFixes)[number], label: string) =>
  documentToSlack({ summary: [plain(fix.title)], blocks: presentFix(fix, label) }, "s-1");

describe("a fix on Slack (presentFix, then documentToSlack)", () => {
  it("GIVEN a temporary-insecure fix THEN its risk is shown and it says how to revert it", () => {
    if (!insecure?.revert) throw new Error("the shipped flow has no temporary-insecure fix");
    const text = visibleText(asSlack(insecure, "2b"));
    expect(text).toContain(
      `*2b) ${insecure.title}*  _[${insecure.where} · needs ${insecure.needs} · temporary-insecure]_`,
    );
    expect(text).toMatch(/\n⚠️ \*Revert afterwards:\* .+$/);
  });

  it("GIVEN a command too long for a section THEN it is named, never cut, and the revert line still stays", () => {
    if (!insecure?.revert) throw new Error("the shipped flow has no temporary-insecure fix");
    const command = `Set-Item ${"x".repeat(4_000)}`;
    const long = {
      ...insecure,
      steps: insecure.steps.map((s) => ({ ...s, command, shell: "powershell" as const })),
    };
    const message = asSlack(long, "2b");
    expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(message)).toContain("Revert afterwards");
    expect(visibleText(message)).toContain(
      `The command is too long for this message (${command.length} characters)`,
    );
    expect(codeBlocks(message).filter((c) => c.startsWith("Set-Item"))).toEqual([]);
  });

  it("GIVEN every fix of the shipped flow THEN each fits one section with every step and command", () => {
    for (const fix of allFixes) {
      const message = asSlack(fix, "1a");
      expect(message.blocks.length, fix.id).toBe(1);
      expect(checkSlackLimits(message), fix.id).toEqual([]);
      expect(visibleText(message).length, fix.id).toBeLessThanOrEqual(slackLimits.sectionText);
      expect(visibleText(message), fix.id).not.toContain("too long");
    }
  });
});
