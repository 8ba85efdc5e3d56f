import { describe, expect, it } from "vitest";
import {
  type FoldableButton,
  foldedChoices,
  labelWithAbout,
} from "../../../src/chat/document/folded-choices.js";
import type { DocumentButton } from "../../../src/chat/document/reply-document.js";

const ruleOut = (causeId: string): DocumentButton => ({
  type: "button",
  label: `Rule out ${causeId}`,
  action: { kind: "rule-out-cause", causeId },
});
const didNotHelp = (fixId: string): DocumentButton => ({
  type: "button",
  label: "Didn't help",
  about: fixId,
  action: { kind: "fix-feedback", causeId: "c", fixId, outcome: "did-not-help" },
});
const label = (button: FoldableButton) => labelWithAbout(button);

describe("buttons folded into one menu when a platform has no room for them", () => {
  it("GIVEN room for every choice THEN all stay, in their order, labelled with what they are about", () => {
    const items = [ruleOut("a"), didNotHelp("1a"), ruleOut("b")];
    expect(foldedChoices(items, 25, label)).toEqual(["Rule out a", "Didn't help (1a)", "Rule out b"]);
  });

  it("GIVEN more choices than the menu holds THEN feedback on fixes stays first, the rest in order", () => {
    const items = [ruleOut("a"), ruleOut("b"), didNotHelp("1a"), ruleOut("c"), didNotHelp("2a")];
    expect(foldedChoices(items, 3, label)).toEqual(["Rule out a", "Didn't help (1a)", "Didn't help (2a)"]);
  });

  it("GIVEN the triage offer or a choice the platform cannot carry THEN it is left out", () => {
    const triage: DocumentButton = {
      type: "button",
      label: "Diagnose",
      action: { kind: "start-from-triage", host: "h" },
    };
    const items = [triage, ruleOut("a"), ruleOut("b")];
    const carried = (button: FoldableButton) => (button.label.endsWith("b") ? undefined : button.label);
    expect(foldedChoices(items, 25, carried)).toEqual(["Rule out a"]);
  });
});
