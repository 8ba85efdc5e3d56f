import { describe, expect, it } from "vitest";
import { answerChance, defaultAnswerRate } from "../../src/engine/answer-chance.js";
import type { QuestionReply } from "../../src/engine/index.js";
import { questionBudget } from "../../src/engine/question-budget.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const flow = shippedFlow();

/** Answers every question with its "don't know" until the engine stops; returns the questions asked. */
function answerDontKnowThroughout(conversation: ReturnType<typeof engineConversation>): string[] {
  const asked: string[] = [];
  for (let guard = 0; guard < 40 && conversation.last.kind === "question"; guard++) {
    const question = conversation.last as QuestionReply;
    asked.push(question.questionId);
    const dontKnow = flow.questions
      .find((q) => q.id === question.questionId)
      ?.answers.find((a) => a.dontKnow);
    if (!dontKnow) throw new Error(`${question.questionId} has no "don't know" answer`);
    conversation.answer(question.questionId, dontKnow.id);
  }
  return asked;
}

describe("answerability (issue 10 item 1)", () => {
  it('GIVEN the shipped flow THEN every question offers exactly one "don\'t know", and it carries no evidence', () => {
    for (const question of flow.questions) {
      const dontKnows = question.answers.filter((a) => a.dontKnow);
      expect(
        dontKnows.map((a) => a.evidence),
        question.id,
      ).toEqual([{}]);
    }
  });

  it('GIVEN a host typed as an IP address THEN "does it work by IP?" is never asked', () => {
    for (const host of ["10.0.0.5", "[fd00::5]"]) {
      const conversation = engineConversation(flow);
      conversation.start(host);
      expect(answerDontKnowThroughout(conversation)).not.toContain("by-ip");
    }
    const byName = engineConversation(flow);
    byName.start("host42");
    expect(answerDontKnowThroughout(byName)).toContain("by-ip");
  });

  it('GIVEN only "don\'t know" answers THEN they do not use up the budget, and the hard cap on asks ends it', () => {
    const conversation = engineConversation(flow);
    conversation.start("host42");
    const asked = answerDontKnowThroughout(conversation);
    const budget = questionBudget(flow, conversation.session);
    expect(budget.answered).toBe(0);
    expect(asked.length).toBeGreaterThan(flow.stopping.maxQuestions);
    expect(asked.length).toBeLessThanOrEqual(budget.maxAsks);
    expect(conversation.last.kind).toBe("diagnosis");
  });

  it('GIVEN a "don\'t know" on a topic THEN the other questions of that topic become half as likely to be answered', () => {
    const conversation = engineConversation(flow);
    conversation.start("host42");
    const credssp = flow.questions.find((q) => q.id === "credssp-patch-level");
    const clientApp = flow.questions.find((q) => q.id === "client-app");
    if (!credssp || !clientApp) throw new Error("the shipped flow lost its questions");
    const before = answerChance(flow, conversation.session, credssp);
    conversation.answer("server-os", "unknown");
    expect(answerChance(flow, conversation.session, credssp)).toBeCloseTo(before / 2, 10);
    expect(answerChance(flow, conversation.session, clientApp)).toBe(
      clientApp.answerRate ?? defaultAnswerRate,
    );
  });
});
