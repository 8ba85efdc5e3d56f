import { describe, expect, it } from "vitest";
import { renderOutboundText } from "../../../adapters/cli/render-outbound-text.js";
import { plainStyle } from "../../../adapters/cli/terminal-style.js";
import { type QuestionReply, type RecheckResult, recheckHeading } from "../../../src/engine/index.js";

describe("renderOutboundText: the simple replies through the presenter and the terminal converter", () => {
  it("GIVEN a notice with a restart hint THEN it names the terminal's own command", () => {
    const text = renderOutboundText(
      { kind: "notice", text: "This diagnosis is over.", restart: { kind: "start-new", host: "host42" } },
      plainStyle,
    );
    expect(text).toBe("This diagnosis is over. Start a new one with `rdp-fix diagnose host42`.");
  });

  it("GIVEN a consent THEN it asks, lists the probes and leaves the answer to the [Y/n] prompt", () => {
    const text = renderOutboundText(
      { kind: "consent", host: "host42", port: 3389, probes: ["TCP connect", "TLS handshake"] },
      plainStyle,
    );
    expect(text).toBe(
      [
        "May I probe host42 port 3389?",
        "This sends a few connections from the machine rdp-fix runs on:",
        "  • TCP connect",
        "  • TLS handshake",
      ].join("\n"),
    );
  });

  it("GIVEN what was read from the message THEN each fact can be changed with the key readUserChoice takes", () => {
    const text = renderOutboundText(
      {
        kind: "reading",
        facts: [
          {
            questionId: "since",
            answerId: "y",
            words: "since yesterday",
            question: "Since when?",
            answer: "Yesterday.",
          },
          {
            questionId: "ip",
            answerId: "same",
            words: "by ip too",
            question: "By IP?",
            answer: "Fails too.",
          },
        ],
      },
      plainStyle,
    );
    expect(text).toBe(
      [
        'From your message: "since yesterday": Since when? Yesterday.; "by ip too": By IP? Fails too.. Wrong? Change the one that is.',
        '  e1) Change "since yesterday"   e2) Change "by ip too"',
      ].join("\n"),
    );
  });

  it("GIVEN solved with proof, cancelled and text THEN the presenter's words, with hostile names made harmless", () => {
    const proof: RecheckResult = {
      causeId: "c",
      causeTitle: "Expired certificate",
      fixId: "f",
      fixTitle: "Renew it",
      verdict: "fixed",
      rows: [],
    };
    const solved = renderOutboundText(
      {
        kind: "solved",
        causeId: "c",
        causeTitle: "Expired certificate",
        fixId: "f",
        fixTitle: "Renew it",
        by: "mallory\u001b[2J\r\nFAKE",
        proof,
      },
      plainStyle,
    );
    expect(solved.split("\n")).toEqual([
      '✅ Solved: "Renew it" fixed Expired certificate (recorded for mallory FAKE).',
      recheckHeading(proof),
    ]);
    expect(renderOutboundText({ kind: "cancelled", by: "bob\u202e" }, plainStyle)).toBe(
      "Diagnosis cancelled by bob.",
    );
    expect(renderOutboundText({ kind: "text", text: "plain \u009b2J`words`" }, plainStyle)).toBe(
      "plain `words`",
    );
  });
});

describe("renderOutboundText: a question", () => {
  const question = (count: number, readAs?: { answerId: string; label: string }): QuestionReply => ({
    kind: "question",
    questionId: "since-when",
    text: "Since when?",
    help: "Think of the first failure.",
    answers: Array.from({ length: count }, (_, i) => ({
      id: `a${i + 1}`,
      label: `Answer ${i + 1} ${"word ".repeat(i * 20)}`.trim(),
    })),
    number: 1,
    maxQuestions: 6,
    ...(readAs ? { readAs } : {}),
  });

  it("GIVEN a question THEN its heading, its text, its help, each answer by number and the typed keys", () => {
    const text = renderOutboundText(question(2, { answerId: "a1", label: "Answer 1" }), plainStyle);
    expect(text).toBe(
      [
        "Question 1 of at most 6",
        "Since when?",
        "Think of the first failure. Read from your message before: Answer 1",
        "  1) Answer 1",
        `  2) Answer 2 ${"word ".repeat(20).trim()}`,
        "  s) Skip   r) Results now",
        "  p) paste a server report (rdp-fix collector)",
      ].join("\n"),
    );
  });

  it("GIVEN more and longer answers than a chat shows as buttons THEN the terminal still lists every one whole", () => {
    const text = renderOutboundText(question(30), plainStyle);
    const listed = text.split("\n").filter((line) => /^ {2}\d+\) /.test(line));
    expect(listed).toHaveLength(30);
    expect(listed[29]).toBe(`  30) Answer 30 ${"word ".repeat(29 * 20).trim()}`);
  });
});
