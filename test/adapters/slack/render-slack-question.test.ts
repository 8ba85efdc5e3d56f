import { describe, expect, it } from "vitest";
import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import type { QuestionReply } from "../../../src/engine/index.js";
import { checkSlackLimits } from "./check-slack-limits.js";
import { clickables, visibleText } from "./inspect-slack-message.js";
import { renderSlackMessage } from "./render-slack-message.js";
import { questionConversation } from "./slack-conversation-replies.js";

const talk = questionConversation();
const context = { sessionId: talk.sessionId };
const controls = (questionId: string) => [
  { label: "Skip", action: { kind: "skip", questionId }, sessionId: talk.sessionId },
  { label: "Results now", action: { kind: "results-now" }, sessionId: talk.sessionId },
];

describe("renderSlackMessage for questions", () => {
  it("GIVEN a question with at most five answers THEN each answer is a button, then Skip and Results now", () => {
    const question = talk.second;
    expect(question.answers.length).toBeLessThanOrEqual(5);
    const message = renderSlackMessage(question, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(message)).toContain(
      `*Question ${question.number} of at most ${question.maxQuestions}*\n*${question.text}*`,
    );
    if (question.help)
      expect(message.blocks[1]).toEqual({
        type: "context",
        elements: [{ type: "mrkdwn", text: question.help }],
      });
    expect(clickables(message)).toEqual([
      ...question.answers.map((a) => ({
        label: a.label,
        action: { kind: "answer", questionId: question.questionId, answerId: a.id },
        sessionId: talk.sessionId,
      })),
      ...controls(question.questionId),
    ]);
  });

  it('GIVEN the first question, with seven answers (its "don\'t know" included), some labels too long for Slack THEN a select offers them all, numbered, and the full labels are listed', () => {
    const question = talk.first;
    expect(question.answers.length).toBe(7);
    const message = renderSlackMessage(question, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(message.blocks.some((b) => b.type === "actions" && b.elements[0]?.type === "static_select")).toBe(
      true,
    );
    const picks = clickables(message).slice(0, -2);
    expect(picks.map((p) => p.action)).toEqual(
      question.answers.map((a) => ({ kind: "answer", questionId: question.questionId, answerId: a.id })),
    );
    for (const [i, a] of question.answers.entries())
      expect(visibleText(message)).toContain(`\n${i + 1}. ${a.label}`);
    expect(clickables(message).slice(-2)).toEqual(controls(question.questionId));
  });

  it("GIVEN a question with 30 answers THEN one select holds all 30 and the message fits Slack", () => {
    const question = manyAnswers(30);
    const message = renderSlackMessage(question, context);
    expect(checkSlackLimits(message)).toEqual([]);
    const answers = clickables(message).filter((c) => c.action.kind === "answer");
    expect(answers.map((a) => a.action)).toEqual(
      question.answers.map((a) => ({ kind: "answer", questionId: "which-gateway", answerId: a.id })),
    );
  });

  it("GIVEN a question with 150 answers THEN the select holds Slack's 100 and says that the rest did not fit", () => {
    const message = renderSlackMessage(manyAnswers(150), context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(clickables(message).filter((c) => c.action.kind === "answer")).toHaveLength(
      slackLimits.staticSelectOptions,
    );
    expect(visibleText(message)).toContain("Only the first 100 of 150 answers fit here.");
  });

  it("GIVEN a 5000-character question with hostile answer labels THEN it is cut to fit and nothing is injected", () => {
    const question: QuestionReply = {
      ...manyAnswers(3),
      text: `Which one? ${"very long ".repeat(500)}`,
      answers: [
        { id: "a", label: "<!channel> ping everyone" },
        { id: "b", label: "x".repeat(200) },
        { id: "c", label: "Fine & dandy" },
      ],
    };
    const message = renderSlackMessage(question, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(message)).toContain("1. &lt;!channel&gt; ping everyone");
    expect(clickables(message).map((c) => c.label)).toContain("1. <!channel> ping everyone");
  });
});

function manyAnswers(count: number): QuestionReply {
  return {
    kind: "question",
    questionId: "which-gateway",
    text: "Which gateway does the client use?",
    help: "Look in the .rdp file or the Advanced tab.",
    answers: Array.from({ length: count }, (_, i) => ({
      id: `gateway-${i + 1}`,
      label: `Gateway number ${i + 1}`,
    })),
    number: 3,
    maxQuestions: 7,
  };
}
