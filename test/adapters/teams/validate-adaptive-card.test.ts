import { describe, expect, it } from "vitest";
import { encodeTeamsAction, reportInputId } from "../../../adapters/teams/teams-action-codec.js";
import { validateAdaptiveCard } from "../../support/teams/validate-adaptive-card.js";

// A consent card as the converter will make them: text, facts, a multi-line input and Action.Execute buttons.
const consentCard = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [
    { type: "TextBlock", text: "Probe host42?", weight: "Bolder", size: "Medium", wrap: true },
    { type: "FactSet", facts: [{ title: "Target", value: "host42:3389" }] },
    { type: "Input.Text", id: reportInputId, isMultiline: true, maxLength: 8000, label: "Server report" },
  ],
  actions: [
    {
      type: "Action.Execute",
      title: "Probe now",
      verb: "rdpfix",
      data: encodeTeamsAction({ kind: "consent", allow: true }, "s-1"),
    },
    {
      type: "Action.Execute",
      title: "Questions only",
      verb: "rdpfix",
      data: encodeTeamsAction({ kind: "consent", allow: false }, "s-1"),
    },
  ],
};

describe("validateAdaptiveCard: cards checked as Adaptive Cards 1.5 by Microsoft's SDK", () => {
  it("GIVEN a small hand-written 1.5 card THEN no problems", () => {
    expect(validateAdaptiveCard(consentCard)).toEqual([]);
  });

  it("GIVEN a broken card THEN each problem is named", () => {
    const broken = {
      ...consentCard,
      version: "1.6",
      body: [
        { type: "TextBlok", text: "typo in the type" },
        { type: "TextBlock", text: "too big", size: "Huge" },
        { type: "Input.Text", id: "same" },
        { type: "Input.Toggle", id: "same", title: "duplicate id" },
      ],
      actions: [{ type: "Action.Teleport", title: "no such action" }],
    };
    const problems = validateAdaptiveCard(broken).join("\n");
    expect(problems).toContain('version must be "1.5"');
    expect(problems).toContain('Unknown element type "TextBlok"');
    expect(problems).toContain('Invalid value "Huge" for property "size"');
    expect(problems).toContain('Unknown action type "Action.Teleport"');
    expect(problems).toContain('Duplicate Id "same"');
  });
});
