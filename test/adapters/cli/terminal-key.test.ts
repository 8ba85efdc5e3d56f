import { describe, expect, it } from "vitest";
import { readUserChoice } from "../../../adapters/cli/read-user-choice.js";
import { renderOutboundText } from "../../../adapters/cli/render-outbound-text.js";
import { terminalKey } from "../../../adapters/cli/terminal-key.js";
import { plainStyle } from "../../../adapters/cli/terminal-style.js";
import type { QuestionReply, ReadingReply } from "../../../src/engine/index.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const question: QuestionReply = {
  kind: "question",
  questionId: "who-else",
  text: "Who else has this problem with the same server?",
  answers: ["Everyone who tries to connect", "Only me, or only this client computer"].map((label, i) => ({
    id: `answer-${i + 1}`,
    label,
  })),
  number: 2,
  maxQuestions: 6,
};
const reading: ReadingReply = {
  kind: "reading",
  facts: [
    { questionId: "by-ip", answerId: "ip-works", words: "works by ip", question: "By IP?", answer: "Works." },
  ],
};

/** Every `key)` a rendered reply offers. */
const offeredKeys = (text: string) => [...text.matchAll(/(?:^|\s)(\S+)\) /gm)].map((m) => m[1] ?? "");

describe("terminalKey", () => {
  it("GIVEN the keys a question and a reading offer THEN the prompt after them takes each one as that action", async () => {
    const keys = [
      ...offeredKeys(renderOutboundText(question, plainStyle)),
      ...offeredKeys(renderOutboundText(reading, plainStyle)),
    ];
    expect(keys).toEqual(["1", "2", "s", "r", "p", "e1"]);
    const events = [];
    for (const key of keys) {
      // `p` asks for the paste next; an empty paste leaves the question open, and `s` then skips it.
      const term = scriptedTerminal(key === "p" ? [key, "", "s"] : [key]);
      events.push(await readUserChoice(question, term.io, "alice", reading));
      expect(term.stderr).toBe("");
    }
    expect(events.map((e) => e?.kind)).toEqual([
      "answer",
      "answer",
      "skip-question",
      "results-now",
      "skip-question",
      "correct-reading",
    ]);
  });

  it("GIVEN an action of another reply THEN no key: the terminal does not offer what it cannot take there", () => {
    const keyOf = terminalKey({ kind: "text", text: "hello" });
    expect(keyOf({ kind: "answer", questionId: "q", answerId: "a" })).toBeUndefined();
    expect(keyOf({ kind: "change-reading", questionId: "q" })).toBeUndefined();
    expect(keyOf({ kind: "consent", allow: true })).toBeUndefined();
    expect(keyOf({ kind: "handoff" })).toBeUndefined();
  });
});
