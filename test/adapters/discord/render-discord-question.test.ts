import { describe, expect, it } from "vitest";
import type { QuestionReply } from "../../../src/engine/index.js";
import { checkDiscordLimits } from "./check-discord-limits.js";
import { questionConversation } from "./discord-conversation-replies.js";
import { clickables, visibleText } from "./inspect-discord-message.js";
import { renderDiscordMessage } from "./render-discord-message.js";

const talk = questionConversation();
const context = { sessionId: talk.sessionId };

function withAnswers(count: number, label = (i: number) => `Answer number ${i + 1}`): QuestionReply {
  const answers = Array.from({ length: count }, (_, i) => ({ id: `answer-${i + 1}`, label: label(i) }));
  return { ...talk.first, answers };
}

const answerActions = (question: QuestionReply) =>
  question.answers.map((a) => ({ kind: "answer", questionId: question.questionId, answerId: a.id }));

describe("renderDiscordMessage for a question", () => {
  it("GIVEN the first question of the shipped flow (six answers) THEN the answers are one select, then Skip / Results now", () => {
    const message = renderDiscordMessage(talk.first, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.embeds[0]?.title).toBe(`Question 1 of at most ${talk.first.maxQuestions}`);
    expect(visibleText(message)).toContain(`**${talk.first.text}**`);
    expect(message.components.map((row) => row.components.map((c) => c.type))).toEqual([[3], [2, 2]]);
    expect(clickables(message).map((c) => c.action)).toEqual([
      ...answerActions(talk.first),
      { kind: "skip", questionId: talk.first.questionId },
      { kind: "results-now" },
    ]);
  });

  it("GIVEN a question with three short answers THEN they are buttons in one row", () => {
    const message = renderDiscordMessage(talk.second, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(clickables(message)).toEqual([
      ...talk.second.answers.map((a, i) => ({
        label: a.label,
        style: 2,
        action: answerActions(talk.second)[i],
        sessionId: talk.sessionId,
      })),
      {
        label: "Skip",
        style: 2,
        action: { kind: "skip", questionId: "since-when" },
        sessionId: talk.sessionId,
      },
      { label: "Results now", style: 2, action: { kind: "results-now" }, sessionId: talk.sessionId },
    ]);
  });

  it("GIVEN 30 answers THEN two selects hold 25 and 5, every answer can be picked, and Skip / Results now follow", () => {
    const question = withAnswers(30);
    const message = renderDiscordMessage(question, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    const placeholders = message.components.flatMap((row) =>
      row.components.flatMap((c) => (c.type === 3 ? [c.placeholder] : [])),
    );
    expect(placeholders).toEqual(["Answers 1–25: choose one", "Answers 26–30: choose one"]);
    expect(clickables(message).map((c) => c.action)).toEqual([
      ...answerActions(question),
      { kind: "skip", questionId: question.questionId },
      { kind: "results-now" },
    ]);
  });

  it("GIVEN 120 answers THEN four selects offer the first 100 and the message says so", () => {
    const message = renderDiscordMessage(withAnswers(120), context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.components).toHaveLength(5);
    expect(clickables(message).filter((c) => c.action.kind === "answer")).toHaveLength(100);
    expect(visibleText(message)).toContain("Only the first 100 of 120 answers fit here.");
  });

  it("GIVEN five answers, one longer than a button label THEN they are a select with the labels whole", () => {
    const long = "An answer that is rather longer than the eighty characters a Discord button can hold";
    const message = renderDiscordMessage(
      withAnswers(5, (i) => (i === 2 ? long : `Answer ${i}`)),
      context,
    );
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.components[0]?.components[0]?.type).toBe(3);
    expect(clickables(message).map((c) => c.label)).toContain(long);
  });

  it("GIVEN labels longer than a select option THEN the answers are listed whole and numbered, the options by number", () => {
    const question = withAnswers(7, (i) => `${i + 1}th answer ${"is long ".repeat(20)}`);
    const message = renderDiscordMessage(question, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(visibleText(message)).toContain(`3. ${question.answers[2]?.label}`);
    expect(clickables(message)[2]?.label).toMatch(/^3\. 3th answer is long .*…$/);
  });

  it("GIVEN answer and question ids too long for a custom_id THEN they travel hashed and decode with the flow's ids", () => {
    const questionId = `q-${"x".repeat(120)}`;
    const answers = [1, 2, 3, 4, 5, 6].map((i) => ({ id: `a${i}-${"y".repeat(110)}`, label: `Answer ${i}` }));
    const question = { ...talk.first, questionId, answers };
    const message = renderDiscordMessage(question, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    const known = [questionId, ...answers.map((a) => a.id)];
    expect(clickables(message, known).map((c) => c.action)).toEqual([
      ...answerActions(question),
      { kind: "skip", questionId },
      { kind: "results-now" },
    ]);
  });

  it("GIVEN markdown and mentions in the question, help and answers THEN they show as text", () => {
    const question = {
      ...talk.second,
      text: "Is **it** @everyone's <@&1> fault?",
      help: "# not a heading",
      answers: [{ id: "yes", label: "@here <#1>" }],
    };
    const message = renderDiscordMessage(question, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.embeds[0]?.description).toBe(
      "**Is \\*\\*it\\*\\* @\u200beveryone's \\<@&1\\> fault?**\n\\# not a heading",
    );
  });

  it("GIVEN no session THEN nothing is clickable and the question still reads", () => {
    const message = renderDiscordMessage(talk.second, {});
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.components).toEqual([]);
    expect(visibleText(message)).toContain(talk.second.text);
  });
});
