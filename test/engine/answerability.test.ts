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

  it("GIVEN a \"don't know\" on the server's Windows version THEN questions needing the same knowledge become half as likely to be answered, the others not", () => {
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

  it('GIVEN "don\'t know" to what the client shows and to what changed on the server THEN who is affected, since when and the pattern are asked before the budget ends, and the stop stays honest', () => {
    const conversation = engineConversation(flow);
    conversation.start("host42");
    conversation.answer("error-shown", "dont-know");
    if (conversation.last.kind === "question" && conversation.last.questionId === "recent-change")
      conversation.answer("recent-change", "dont-know");
    const asked = answerDontKnowThroughout(conversation);
    expect(asked).toEqual(expect.arrayContaining(["who-affected", "since-when", "pattern"]));
    // The basics come before the questions that need an expert (server internals, tests, other clients).
    const firstExpert = asked.findIndex(
      (id) => flow.questions.find((q) => q.id === id)?.knowledge !== "anyone",
    );
    for (const basic of ["who-affected", "since-when", "pattern"])
      expect(asked.indexOf(basic), basic).toBeLessThan(firstExpert === -1 ? asked.length : firstExpert);
    const diagnosis = conversation.last;
    if (diagnosis.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${diagnosis.kind}`);
    expect(diagnosis.evidence.strength).toBe("weak");
    expect(questionBudget(flow, conversation.session).asked).toBe(flow.stopping.maxAsks);
  });

  it('GIVEN "don\'t know" to every question but what changed on their own computer THEN that question is put to them before the asks run out, and the answer moves the ranking', () => {
    const conversation = engineConversation(flow);
    conversation.start("host42");
    const asked: string[] = [];
    for (let guard = 0; guard < 40 && conversation.last.kind === "question"; guard++) {
      const { questionId } = conversation.last as QuestionReply;
      asked.push(questionId);
      if (questionId === "client-change") {
        conversation.answer("client-change", "security-or-vpn-installed");
        continue;
      }
      const dontKnow = flow.questions.find((q) => q.id === questionId)?.answers.find((a) => a.dontKnow);
      if (!dontKnow) throw new Error(`${questionId} has no "don't know" answer`);
      conversation.answer(questionId, dontKnow.id);
    }
    expect(asked).toContain("client-change");
    const diagnosis = conversation.last;
    if (diagnosis.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${diagnosis.kind}`);
    const security = diagnosis.causes.find((c) => c.id === "security-software");
    expect(security?.evidenceFor.map((e) => e.ref)).toContain("client-change=security-or-vpn-installed");
  });

  it('GIVEN a "don\'t know" on what changed on the client THEN which client is used stays as likely to be answered: the person knows the app they use even when they cannot say what changed', () => {
    const conversation = engineConversation(flow);
    conversation.start("host42");
    const clientApp = flow.questions.find((q) => q.id === "client-app");
    if (!clientApp) throw new Error("the shipped flow lost client-app");
    conversation.answer("client-change", "dont-know");
    expect(answerChance(flow, conversation.session, clientApp)).toBe(
      clientApp.answerRate ?? defaultAnswerRate,
    );
  });

  it("GIVEN one real answer and thin evidence THEN the engine does not stop with a bare ranking while a basic question is unasked", () => {
    const conversation = engineConversation(flow);
    conversation.start("host42");
    conversation.answer("error-shown", "code-0x904");
    const asked = answerDontKnowThroughout(conversation);
    const budget = questionBudget(flow, conversation.session);
    const basicsLeft = flow.questions.filter(
      (q) => q.knowledge === "anyone" && !conversation.session.answers.some((a) => a.questionId === q.id),
    );
    // Either every basic was put to the person, or the ask budget ran out first.
    expect(basicsLeft.length === 0 || budget.asked === budget.maxAsks).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
  });
});
