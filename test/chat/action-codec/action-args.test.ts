import { describe, expect, it } from "vitest";
import {
  actionArgs,
  actionFromArgs,
  type ChoiceSpelling,
} from "../../../src/chat/action-codec/action-args.js";
import { flowIdPattern } from "../../../src/chat/action-codec/action-fields.js";
import { everySessionAction } from "./every-session-action.js";

const words: ChoiceSpelling = {
  allow: { true: "allow", false: "deny" },
  outcome: { worked: "worked", "did-not-help": "did-not-help" },
};
const letters: ChoiceSpelling = {
  allow: { true: "y", false: "n" },
  outcome: { worked: "w", "did-not-help": "n" },
};
const plain = (segment: string) =>
  flowIdPattern.test(segment) ? { id: segment } : { error: "malformed id" };

describe("action args: every session action as ordered args and back, in any platform's spelling", () => {
  it.each(Object.values(everySessionAction))(
    "GIVEN $kind THEN its args read back as the same action",
    (action) => {
      for (const spelling of [words, letters]) {
        const args = actionArgs(action, spelling);
        const read = actionFromArgs(action.kind, args, spelling, plain);
        expect(read).toEqual(action);
        // The same field order as the action itself, so a stored or logged action reads the same either way.
        expect(Object.keys(read)).toEqual(Object.keys(action));
      }
    },
  );

  it("GIVEN a fix feedback THEN ids travel in field order and the outcome in the platform's spelling", () => {
    const action = { kind: "fix-feedback", causeId: "c-1", fixId: "f-2", outcome: "did-not-help" } as const;
    expect(actionArgs(action, words)).toEqual(["c-1", "f-2", "did-not-help"]);
    expect(actionArgs(action, letters)).toEqual(["c-1", "f-2", "n"]);
    expect(actionArgs(action, letters, (id) => `#${id.length}`)).toEqual(["#3", "#3", "n"]);
  });

  it.each([
    ["answer", ["only-one"]],
    ["answer", ["a", "b", "c"]],
    ["consent", ["maybe"]],
    ["consent", ["y"]],
    ["fix-feedback", ["c", "f", "sort-of"]],
    ["cancel", ["extra"]],
    ["start-from-triage", []],
    ["toString", []],
    ["__proto__", []],
    ["", []],
  ])("GIVEN kind %j with args %j THEN it is malformed, never an action", (kind, args) => {
    expect(actionFromArgs(kind, args, words, plain)).toEqual({ error: "malformed rdp-fix action" });
  });

  it("GIVEN a wrong choice and an unreadable id THEN the answer is 'malformed', whatever the id says", () => {
    const unreadable = () => ({ error: "the flow has no such id" });
    expect(actionFromArgs("fix-feedback", ["c", "f", "x"], letters, unreadable)).toEqual({
      error: "malformed rdp-fix action",
    });
    expect(actionFromArgs("fix-feedback", ["c", "f", "w"], letters, unreadable)).toEqual({
      error: "the flow has no such id",
    });
  });
});
