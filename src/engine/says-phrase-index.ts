import type { Flow } from "../flow/flow-schema.js";

export interface SaysPhrase {
  questionId: string;
  answerId: string;
  words: string[];
}

const cache = new WeakMap<Flow, Map<string, SaysPhrase[]>>();

/**
 * Every `says` phrase of the flow, filed under its first word, so reading a message looks up each word once.
 * Built once per flow object (flows are immutable after loading).
 */
export function phraseIndex(flow: Flow): Map<string, SaysPhrase[]> {
  const cached = cache.get(flow);
  if (cached) return cached;
  const index = new Map<string, SaysPhrase[]>();
  for (const question of flow.questions) {
    for (const answer of question.answers) {
      for (const says of answer.says ?? []) {
        const words = says.split(" ");
        const first = words[0] ?? "";
        index.set(first, [
          ...(index.get(first) ?? []),
          { questionId: question.id, answerId: answer.id, words },
        ]);
      }
    }
  }
  cache.set(flow, index);
  return index;
}
