import { describe, expect, it } from "vitest";
import { type ActionIds, planActions } from "../../../src/chat/document/plan-actions.js";
import type { DocumentButton, DocumentSelect } from "../../../src/chat/document/reply-document.js";

/** Ids like a platform's: the kind and the session, refused past 30 characters; two menus a question. */
const ids: ActionIds = {
  button: (action, session) => {
    const id = `${action.kind}:${action.kind === "skip" ? action.questionId : ""}:${session}`;
    return id.length <= 30 ? id : undefined;
  },
  menu: (questionId, session, page) => (page <= 2 ? `menu:${questionId}:${page}:${session}` : undefined),
  option: (action) => (action.answerId.startsWith("long") ? undefined : action.answerId),
  menuOptions: 3,
};

const button = (label: string, action: DocumentButton["action"]): DocumentButton => ({
  type: "button",
  label,
  action,
});
const select = (answerIds: readonly string[]): DocumentSelect => ({
  type: "select",
  placeholder: "Choose an answer",
  options: answerIds.map((answerId) => ({
    label: `Answer ${answerId}`,
    action: { kind: "answer", questionId: "q", answerId },
  })),
});

describe("planActions: which buttons and menus a platform shows, decided once", () => {
  it("GIVEN buttons THEN each keeps its session and id, and one alike to an earlier one is left out", () => {
    const used = new Set<string>();
    const runs = planActions(
      [button("Skip", { kind: "skip", questionId: "q" }), button("Hand off", { kind: "handoff" })],
      "s1",
      ids,
      used,
    );
    expect(runs).toEqual([
      {
        buttons: [
          { button: button("Skip", { kind: "skip", questionId: "q" }), id: "skip:q:s1", session: "s1" },
          { button: button("Hand off", { kind: "handoff" }), id: "handoff::s1", session: "s1" },
        ],
        menus: [],
      },
    ]);
    // The message's next block: the same handoff again finds its id taken.
    const next = planActions([button("Hand off again", { kind: "handoff" })], "s1", ids, used);
    expect(next).toEqual([{ buttons: [], menus: [] }]);
  });

  it("GIVEN no session THEN only the triage offer, which starts one, keeps its button; an id too long gives none", () => {
    const offer = button("Diagnose", { kind: "start-from-triage", host: "host42" });
    const runs = planActions([button("Hand off", { kind: "handoff" }), offer], undefined, ids, new Set());
    expect(runs[0]?.buttons.map((b) => [b.id, b.session])).toEqual([["start-from-triage::", ""]]);
    const long = planActions([button("Hand off", { kind: "handoff" })], "s".repeat(40), ids, new Set());
    expect(long[0]?.buttons).toEqual([]);
  });

  it("GIVEN a menu THEN it pages its answers, drops options and pages the platform cannot write, and ends the run", () => {
    const items = [
      button("Skip", { kind: "skip", questionId: "q" }),
      select(["a", "long-b", "c", "long-d", "long-e", "long-f", "g"]),
      button("Hand off", { kind: "handoff" }),
    ];
    const [before, after, ...more] = planActions(items, "s1", ids, new Set());
    expect(more).toEqual([]);
    expect(before?.buttons.map((b) => b.id)).toEqual(["skip:q:s1"]);
    expect(before?.menus.map(({ id, options, page }) => ({ id, options, page }))).toEqual([
      {
        id: "menu:q:1:s1",
        options: [
          { label: "Answer a", value: "a" },
          { label: "Answer c", value: "c" },
        ],
        page: { first: 0, count: 3, of: 3 },
      },
    ]);
    expect(after?.buttons.map((b) => b.id)).toEqual(["handoff::s1"]);
  });

  it("GIVEN a menu without a session, or of something other than answers THEN it gives no menu but still ends the run", () => {
    const items = [button("Skip", { kind: "skip", questionId: "q" }), select(["a"])];
    expect(planActions(items, undefined, ids, new Set())).toEqual([
      { buttons: [], menus: [] },
      { buttons: [], menus: [] },
    ]);
    const notAnswers: DocumentSelect = {
      type: "select",
      placeholder: "Pick",
      options: [{ label: "Hand off", action: { kind: "handoff" } }],
    };
    expect(planActions([notAnswers], "s1", ids, new Set())[0]?.menus).toEqual([]);
  });
});
