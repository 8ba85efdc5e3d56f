import type { Flow, Question } from "../flow/flow-schema.js";
import { answerChance } from "./answer-chance.js";
import { collectEvidence } from "./collect-evidence.js";
import { openQuestions } from "./open-questions.js";
import { entropy, posterior } from "./posterior.js";
import type { Session } from "./session.js";

/** Below this expected gain a question cannot change the ranking enough to be worth the user's time. */
export const minimumUsefulGainBits = 0.02;

export interface QuestionChoice {
  question: Question;
  gainBits: number;
  /** The gain weighed by the chance of a real answer: what the choice maximises. */
  score: number;
}

/**
 * Picks the open question with the highest expected information gain over the current distribution of
 * causes, weighed by the chance that the person can answer it at all (answerChance). Each answer's bits
 * are read as a likelihood: P(answer | cause) is proportional to 2^bits among the question's real answers
 * ("don't know" tells nothing either way), which gives how likely each answer is right now. Ties go to the
 * flow's order. The gain is the drop in the entropy of the ranking the engine would show, which can be negative
 * when an answer would spread a leader's share; scoring by mutual information (the same likelihood in the update)
 * or by the expected divergence of the ranking instead did worse on the tuning half of bench:accuracy.
 */
export function chooseQuestion(
  flow: Flow,
  session: Session,
  options: {
    /** The candidates; every open question by default. */
    among?: readonly Question[];
    minimumGain?: number;
  } = {},
): QuestionChoice | undefined {
  const { among = openQuestions(flow, session), minimumGain = minimumUsefulGainBits } = options;
  const evidence = collectEvidence(flow, session);
  const baseLog2 = flow.causes.map(
    (cause) => Math.log2(cause.prior) + (evidence.get(cause.id) ?? []).reduce((s, i) => s + i.bits, 0),
  );
  const current = posterior(baseLog2);
  const currentEntropy = entropy(current);

  let best: QuestionChoice | undefined;
  for (const question of among) {
    const bitsPerAnswer = question.answers
      .filter((answer) => answer.dontKnow !== true)
      .map((answer) => flow.causes.map((c) => answer.evidence[c.id] ?? 0));
    const likelihoodNorm = flow.causes.map((_, ci) =>
      bitsPerAnswer.reduce((sum, bits) => sum + 2 ** (bits[ci] ?? 0), 0),
    );
    let expectedEntropy = 0;
    for (const bits of bitsPerAnswer) {
      const pAnswer = current.reduce(
        (sum, p, ci) => sum + (p * 2 ** (bits[ci] ?? 0)) / (likelihoodNorm[ci] ?? 1),
        0,
      );
      const after = posterior(baseLog2.map((w, ci) => w + (bits[ci] ?? 0)));
      expectedEntropy += pAnswer * entropy(after);
    }
    const gainBits = currentEntropy - expectedEntropy;
    const score = gainBits * answerChance(flow, session, question);
    if (score < minimumGain || gainBits <= 0) continue;
    if (best === undefined || score > best.score + 1e-12) best = { question, gainBits, score };
  }
  return best;
}
