import { describe, expect, it } from "vitest";
import { renderSlackFix } from "../../../adapters/slack/render-slack-fix.js";
import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import { shippedFlow } from "../../support/engine-conversation.js";

const flow = shippedFlow();
const allFixes = flow.causes.flatMap((c) => c.fixes);
const insecure = allFixes.find((f) => f.risk === "temporary-insecure" && f.revert);

describe("renderSlackFix", () => {
  it("GIVEN a temporary-insecure fix THEN its risk is shown and it says how to revert it", () => {
    if (!insecure?.revert) throw new Error("the shipped flow has no temporary-insecure fix");
    const text = renderSlackFix(insecure, "2b", slackLimits.sectionText);
    expect(text).toContain(
      `*2b) ${insecure.title}*  _[${insecure.where} · needs ${insecure.needs} · temporary-insecure]_`,
    );
    expect(text).toMatch(/\n:warning: \*Revert afterwards:\* .+$/);
  });

  it("GIVEN a budget too small for the steps THEN whole steps are left out, and the revert line still stays", () => {
    if (!insecure?.revert) throw new Error("the shipped flow has no temporary-insecure fix");
    const text = renderSlackFix(insecure, "2b", 450);
    expect(text.length).toBeLessThanOrEqual(450);
    expect(text).toContain("Revert afterwards");
    expect(text).toMatch(/more step\(s\) do not fit in this Slack message/);
    expect(text.split("```").length % 2).toBe(1);
  });

  it("GIVEN every fix of the shipped flow THEN each fits one section with every step and command", () => {
    for (const fix of allFixes) {
      const text = renderSlackFix(fix, "1a", slackLimits.sectionText);
      expect(text.length, fix.id).toBeLessThanOrEqual(slackLimits.sectionText);
      expect(text, fix.id).not.toContain("do not fit");
      expect(text, fix.id).not.toContain("too long");
    }
  });
});
