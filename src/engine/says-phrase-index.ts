import type { Flow } from "../flow/flow-schema.js";

export interface SaysPhrase {
  /** "" for a wording that means no answer (`reading.neutral`, `reading.hedges`). */
  questionId: string;
  answerId: string;
  /** The words, with "..." where up to three other words may stand. */
  words: string[];
  /** How many words it says (its "..." not counted): the longer wording is the more specific one. */
  length: number;
}

/** Every wording the reader looks for, each table filed under the wording's first word. */
export interface PhraseIndex {
  says: Map<string, SaysPhrase[]>;
  neutral: Map<string, SaysPhrase[]>;
  hedges: Map<string, SaysPhrase[]>;
}

const cache = new WeakMap<Flow, PhraseIndex>();

/**
 * Every `says` phrase of the flow, and its neutral and hedging wordings, filed under their first word, so
 * reading a message looks up each word once. Built once per flow object (flows are immutable after loading).
 */
export function phraseIndex(flow: Flow): PhraseIndex {
  const cached = cache.get(flow);
  if (cached) return cached;
  const says = new Map<string, SaysPhrase[]>();
  for (const question of flow.questions)
    for (const answer of question.answers)
      for (const phrase of answer.says ?? []) file(says, phrase, question.id, answer.id);
  const neutral = new Map<string, SaysPhrase[]>();
  for (const phrase of flow.reading.neutral) file(neutral, phrase, "", "");
  const hedges = new Map<string, SaysPhrase[]>();
  for (const phrase of flow.reading.hedges) file(hedges, phrase, "", "");
  const index = { says, neutral, hedges };
  cache.set(flow, index);
  return index;
}

function file(table: Map<string, SaysPhrase[]>, phrase: string, questionId: string, answerId: string) {
  const words = phrase.split(" ");
  const first = words[0] ?? "";
  const length = words.filter((w) => w !== "...").length;
  const filed = table.get(first);
  const entry = { questionId, answerId, words, length };
  if (filed === undefined) table.set(first, [entry]);
  else filed.push(entry);
}
