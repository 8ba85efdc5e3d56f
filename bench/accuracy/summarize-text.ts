import type { TextResult } from "./text-result.js";

export interface TextSummary {
  count: number;
  /** Facts read that the posts state, over all facts read (1 when nothing was read). */
  precision: number;
  /** Stated facts that were read, over all stated facts. */
  recall: number;
  top1: number;
  top3: number;
  meanQuestions: number;
  /** Conversations that asked at least once about something the post had stated. */
  reAskShare: number;
}

/** Shares are 0..1; an empty list scores 0 rather than NaN. */
export function summarizeText(results: readonly TextResult[]): TextSummary {
  const count = results.length;
  const sum = (f: (r: TextResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const share = (hit: (r: TextResult) => boolean) => (count === 0 ? 0 : results.filter(hit).length / count);
  const read = sum((r) => r.reading.correct + r.reading.wrong.length);
  const stated = sum((r) => r.reading.stated);
  return {
    count,
    precision: read === 0 ? 1 : sum((r) => r.reading.correct) / read,
    recall: stated === 0 ? 0 : sum((r) => r.reading.correct) / stated,
    top1: share((r) => r.conversation.rankOfTrue === 1),
    top3: share((r) => r.conversation.rankOfTrue >= 1 && r.conversation.rankOfTrue <= 3),
    meanQuestions: count === 0 ? 0 : sum((r) => r.conversation.questionsAsked) / count,
    reAskShare: share((r) => r.conversation.reAsked > 0),
  };
}
