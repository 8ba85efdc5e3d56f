import { describe, expect, it } from "vitest";
import { activityBytes, fitTeamsDocument } from "../../../adapters/teams/fit-teams-document.js";
import { teamsLimits } from "../../../adapters/teams/teams-limits.js";
import { teamsCommandSyntax, teamsPresenter } from "../../../adapters/teams/teams-presenter.js";
import { commandFor } from "../../../src/chat/command-for.js";
import { plain } from "../../../src/chat/document/inline.js";
import type { ReplyDocument } from "../../../src/chat/document/reply-document.js";
import { checkTeamsActivity } from "./check-teams-activity.js";

describe("fitTeamsDocument: the shared fitting pass measured on the serialized activity", () => {
  it("GIVEN 40 paragraphs of 1,900 characters THEN follow-up activities under the limit carry every one", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `p${i} ${"é".repeat(1890)}`);
    const document: ReplyDocument = {
      summary: [plain("Findings")],
      blocks: paragraphs.map((text) => ({ type: "paragraph", text: [plain(text)] })),
    };
    const activities = fitTeamsDocument(document, "s-1");
    expect(activities.length).toBeGreaterThan(1);
    for (const activity of activities) {
      expect(activityBytes(activity)).toBeLessThanOrEqual(teamsLimits.activityBytes);
      expect(checkTeamsActivity(activity)).toEqual([]);
    }
    const shown = activities.flatMap((a) => a.attachments[0].content.body.map((e) => e.text));
    expect(shown).toEqual(paragraphs);
    expect(activities[1]?.attachments[0].content.fallbackText).toBe("Findings (continued)");
  });

  it("GIVEN a document that fits THEN one activity, the full variant of each shrinkable", () => {
    const document: ReplyDocument = {
      summary: [plain("Diagnosis")],
      blocks: [
        {
          type: "shrinkable",
          priority: 0,
          variants: [
            [{ type: "paragraph", text: [plain("full")] }],
            [{ type: "paragraph", text: [plain("brief")] }],
          ],
        },
      ],
    };
    const activities = fitTeamsDocument(document, "s-1");
    expect(activities.map((a) => a.attachments[0].content.body.map((e) => e.text))).toEqual([["full"]]);
  });

  it("GIVEN the presenter context THEN a diagnosis is started with @rdp-fix <host> in a channel", () => {
    expect(teamsCommandSyntax).toBe("@rdp-fix <host>");
    expect(commandFor(teamsPresenter.commandSyntax, "host42")).toBe("@rdp-fix host42");
  });
});
