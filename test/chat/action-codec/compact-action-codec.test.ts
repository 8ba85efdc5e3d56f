import { describe, expect, it } from "vitest";
import { compactActionCodec } from "../../../src/chat/action-codec/compact-action-codec.js";
import type { ChatAction } from "../../../src/runtime/chat-action.js";
import { everySessionAction } from "./every-session-action.js";

/** A made-up platform whose ids hold 64 characters (as some chat APIs' callback data), spelled its own way. */
const codec = compactActionCodec({
  prefix: "zz",
  verbs: {
    consent: "consent",
    answer: "ans",
    skip: "skip",
    "change-reading": "chg",
    "results-now": "now",
    "fix-feedback": "fb",
    "rule-out-cause": "out",
    recheck: "rck",
    "check-server": "srv",
    "paste-server-report": "paste",
    "show-more": "more",
    handoff: "hand",
    resume: "res",
    cancel: "stop",
    "start-from-triage": "tri",
  },
  answerSelectVerb: "pick",
  actionSelectVerb: "menu",
  spelling: { allow: { true: "yes", false: "no" }, outcome: { worked: "ok", "did-not-help": "bad" } },
  idLength: 64,
  optionLength: 40,
  selectOptions: 25,
});
const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";

describe("compactActionCodec: a framing with a length limit", () => {
  it.each(Object.values(everySessionAction))("GIVEN $kind THEN its id decodes back", (action) => {
    const id = codec.encodeAction(action, sessionId);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(codec.decodeAction(id, [])).toEqual({ action, sessionId });
  });

  it("GIVEN the framing's own spelling THEN the id reads in it, the session compact", () => {
    expect(codec.encodeAction({ kind: "consent", allow: true }, sessionId)).toBe(
      "zz:consent:~bxwqnlt9TgqcOy2PfmobQA:yes",
    );
    const triage: ChatAction = { kind: "start-from-triage", host: "2001:db8::7" };
    expect(codec.encodeAction(triage, sessionId)).toBe("zz:tri:2001:db8::7");
    expect(codec.decodeAction("zz:tri:2001:db8::7")).toEqual({ action: triage, sessionId: "" });
  });

  it("GIVEN ids too long for the limit THEN they travel hashed and the flow's ids turn them back", () => {
    const action: ChatAction = {
      kind: "recheck",
      causeId: `cause-${"a".repeat(30)}`,
      fixId: `fix-${"b".repeat(30)}`,
    };
    const id = codec.encodeAction(action, sessionId);
    expect(id).toMatch(/^zz:rck:~[\w-]{22}:#[\w-]{8}:#[\w-]{8}$/);
    expect(codec.decodeAction(id, [], [action.causeId, action.fixId])).toEqual({ action, sessionId });
    expect(codec.decodeAction(id, [], [])).toHaveProperty("error");
  });

  it("GIVEN an answer select, on its second page THEN the picked value is the answer", () => {
    const select = codec.encodeAnswerSelect("error-shown", sessionId, 2);
    expect(select).toBe("zz:pick:~bxwqnlt9TgqcOy2PfmobQA:error-shown:2");
    expect(codec.decodeAction(select, [codec.encodeAnswerOption("code-0x904")])).toEqual({
      action: everySessionAction.answer,
      sessionId,
    });
    const long = `answer-${"c".repeat(40)}`;
    expect(codec.encodeAnswerOption(long)).toMatch(/^#/);
    expect(codec.decodeAction(select, [codec.encodeAnswerOption(long)], [long])).toEqual({
      action: { kind: "answer", questionId: "error-shown", answerId: long },
      sessionId,
    });
  });

  it("GIVEN an action select THEN each value is an action without its session", () => {
    const select = codec.encodeActionSelect(sessionId);
    const action = everySessionAction["fix-feedback"];
    const value = codec.encodeActionOption(action);
    expect(value).toBe("fb:cert-expired:renew-cert:ok");
    expect(codec.decodeAction(select, [value])).toEqual({ action, sessionId });
  });

  it("GIVEN the ids planActions writes THEN each reads back as its action, and one that cannot is none", () => {
    const recheck = everySessionAction.recheck;
    expect(codec.ids.button(recheck, sessionId)).toBe(codec.encodeAction(recheck, sessionId));
    // A triage host longer than an id holds would be cut: no button rather than one for another host.
    const longHost: ChatAction = { kind: "start-from-triage", host: `h${"x".repeat(70)}.example` };
    expect(codec.ids.button(longHost, "")).toBeUndefined();
    // A session id with ":" cannot travel in an id.
    expect(codec.ids.button(recheck, "a:b")).toBeUndefined();
    const menu = codec.ids.menu("error-shown", sessionId, 1) ?? "";
    expect(codec.ids.option(everySessionAction.answer, menu)).toBe("code-0x904");
    expect(codec.ids.option(everySessionAction.answer, codec.encodeActionSelect(sessionId))).toBeUndefined();
    const select = codec.encodeActionSelect(sessionId);
    const feedback = everySessionAction["fix-feedback"];
    expect(codec.actionOption(feedback, select)).toBe(codec.encodeActionOption(feedback));
    expect(codec.actionOption(feedback, menu)).toBeUndefined();
    expect(codec.ids.menuOptions).toBe(25);
  });

  it.each([
    ["another app's id", "other:thing", []],
    ["an id over the limit", `zz:now:${"x".repeat(64)}`, []],
    ["no session", "zz:now:", []],
    ["a value picked on a button", codec.encodeAction({ kind: "cancel" }, sessionId), ["x"]],
    ["two picks in a select", codec.encodeActionSelect(sessionId), ["now", "stop"]],
    ["a page that is no page", `${codec.encodeAnswerSelect("q1", sessionId)}:1`, ["a1"]],
    ["an unknown verb", "zz:nope:session-1", []],
    ["a misspelled choice", "zz:consent:session-1:y", []],
  ])("GIVEN %s THEN it is an error, never a guess", (_what, id, values) => {
    expect(codec.decodeAction(id, values)).toHaveProperty("error");
  });
});
