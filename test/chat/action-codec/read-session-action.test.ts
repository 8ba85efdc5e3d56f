import { describe, expect, it } from "vitest";
import { readSessionAction } from "../../../src/chat/action-codec/read-session-action.js";
import { everySessionAction } from "./every-session-action.js";

describe("reading a session action echoed back as a plain object", () => {
  it.each(Object.values(everySessionAction))(
    "GIVEN $kind through JSON THEN the same action, as a copy",
    (action) => {
      const echoed: unknown = JSON.parse(JSON.stringify(action));
      const read = readSessionAction(echoed);
      expect(read).toEqual(action);
      expect(read).not.toBe(echoed);
    },
  );

  it.each([
    null,
    "cancel",
    ["cancel"],
    { kind: "cancel", also: "this" },
    { kind: "answer", questionId: "error-shown" },
    { kind: "answer", questionId: "error-shown", answerId: "Code 0x904" },
    { kind: "consent", allow: "yes" },
    { kind: "fix-feedback", causeId: "c", fixId: "f", outcome: "sort-of" },
    { kind: "rule-out-cause", causeId: 7 },
    { kind: "start-from-triage", host: "host42.corp.example" },
    { kind: "toString" },
    JSON.parse('{"kind":"cancel","__proto__":{"x":1}}'),
  ])("GIVEN %j THEN it is not an action", (value) => {
    expect(readSessionAction(value)).toBeUndefined();
  });
});
