import { describe, expect, it } from "vitest";
import { nextFix, type Reply } from "../../src/engine/index.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";
import { seededRandom } from "../support/seeded-random.js";

const flow = shippedFlow();
const seeds = Array.from({ length: 60 }, (_, i) => i + 1);

/**
 * A random but reproducible conversation: random probe findings, then random answers (or skips) to whatever
 * the engine asks, until it diagnoses. Returns every reply in order and the questions asked.
 */
function randomConversation(seed: number) {
  const random = seededRandom(seed);
  const bot = engineConversation(flow);
  const replies: Reply[] = [];
  const findings = flow.findings.filter(() => random.next() < 0.08).map((f) => f.id);
  bot.start("host42", { probing: true });
  replies.push(bot.last);
  bot.send({ kind: "consent", allow: findings.length > 0, user: "alice" });
  if (findings.length > 0) {
    bot.send({
      kind: "probes-finished",
      summary: "",
      findings: findings.map((id) => ({ id, at: "2026-11-21T09:00:00Z" })),
    });
  }
  const asked: Array<{ questionId: string; answeredBefore: string[]; findings: string[] }> = [];
  for (let reply = bot.last; reply.kind === "question"; reply = bot.last) {
    replies.push(reply);
    asked.push({
      questionId: reply.questionId,
      answeredBefore: bot.session.answers.map((a) => a.questionId),
      findings,
    });
    if (random.next() < 0.15)
      bot.send({ kind: "skip-question", questionId: reply.questionId, user: "alice" });
    else bot.answer(reply.questionId, random.pick(reply.answers).id);
  }
  replies.push(bot.last);
  return { bot, replies, asked, findings };
}

describe("engine properties over random conversations", () => {
  it.each(seeds)("GIVEN seed %i THEN confidences form a distribution, best first", (seed) => {
    const { bot } = randomConversation(seed);
    const diagnosis = bot.last;
    if (diagnosis.kind !== "diagnosis") throw new Error(`ended with ${diagnosis.kind}`);
    expect(diagnosis.causes).toHaveLength(flow.causes.length);
    const total = diagnosis.causes.reduce((sum, c) => sum + c.confidence, 0);
    expect(total).toBeCloseTo(1, 9);
    for (const cause of diagnosis.causes) expect(cause.confidence).toBeGreaterThanOrEqual(0);
    const confidences = diagnosis.causes.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it.each(seeds)("GIVEN seed %i THEN replaying the same events gives exactly the same replies", (seed) => {
    expect(randomConversation(seed).replies).toEqual(randomConversation(seed).replies);
  });

  it.each(seeds)(
    "GIVEN seed %i THEN no question is asked twice, after its answer, or when a probe settled it",
    (seed) => {
      const { asked, findings, bot } = randomConversation(seed);
      const ids = asked.map((a) => a.questionId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { questionId, answeredBefore } of asked) {
        expect(answeredBefore).not.toContain(questionId);
        const settledBy = flow.questions.find((q) => q.id === questionId)?.skipIf?.anyFinding ?? [];
        expect(settledBy.filter((id) => findings.includes(id))).toEqual([]);
      }
      // Real answers are what the budget counts; "don't know"s and skips count only against the hard cap.
      const dontKnows = bot.session.answers.filter(
        (a) =>
          flow.questions.find((q) => q.id === a.questionId)?.answers.find((x) => x.id === a.answerId)
            ?.dontKnow,
      ).length;
      expect(bot.session.answers.length - dontKnows).toBeLessThanOrEqual(flow.stopping.maxQuestions);
      expect(ids.length).toBeLessThanOrEqual(flow.stopping.maxAsks ?? flow.stopping.maxQuestions + 2);
    },
  );

  it.each(seeds)(
    "GIVEN seed %i WHEN the top cause's fixes fail one by one THEN it keeps the top until they run out, then is set aside for good",
    (seed) => {
      const { bot } = randomConversation(seed);
      const exhausted: string[] = [];
      const lastDiagnosis = () => {
        const reply = bot.last;
        if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
        return reply;
      };
      for (let round = 0; round < 3; round++) {
        const top = lastDiagnosis().causes[0];
        if (!top) throw new Error("no cause");
        expect(exhausted).not.toContain(top.id);
        for (let next = nextFix(top); next; ) {
          bot.send({
            kind: "fix-feedback",
            causeId: top.id,
            fixId: next.fix.id,
            outcome: "did-not-help",
            user: "alice",
          });
          const now = lastDiagnosis().causes.find((c) => c.id === top.id);
          if (!now) throw new Error("the cause vanished");
          next = nextFix(now);
          // While a fix is left the cause keeps the top; its letters do not move.
          if (next) expect(lastDiagnosis().causes[0]?.id).toBe(top.id);
          expect(now.fixes.map((f) => f.id)).toEqual(top.fixes.map((f) => f.id));
        }
        exhausted.push(top.id);
      }
      const after = lastDiagnosis().causes;
      expect(exhausted).not.toContain(after[0]?.id);
      const setAside = after.filter((c) => exhausted.includes(c.id));
      expect(setAside.every((c) => c.standing === "fixes-tried" && c.demoted)).toBe(true);
      // Every set-aside cause comes after every open one, whatever its confidence.
      const firstSetAside = after.findIndex((c) => c.demoted);
      expect(after.slice(firstSetAside).every((c) => c.demoted)).toBe(true);
      expect(after.slice(0, firstSetAside).every((c) => c.standing === "open")).toBe(true);
    },
  );

  it.each(seeds)(
    "GIVEN seed %i WHEN the person rules out the top cause THEN it is last, labelled, and never on top again",
    (seed) => {
      const { bot } = randomConversation(seed);
      const before = bot.last;
      if (before.kind !== "diagnosis") throw new Error("expected a diagnosis");
      const top = before.causes[0];
      if (!top) throw new Error("no cause");
      bot.send({ kind: "rule-out-cause", causeId: top.id, user: "alice" });
      const after = bot.last;
      if (after.kind !== "diagnosis") throw new Error("expected a diagnosis");
      expect(after.causes.at(-1)).toMatchObject({ id: top.id, standing: "ruled-out", demoted: true });
      expect(after.causes[0]?.id).not.toBe(top.id);
      expect(after.causes.reduce((sum, c) => sum + c.confidence, 0)).toBeCloseTo(1, 9);
    },
  );
});
