import type { Flow } from "../flow/flow-schema.js";
import { phraseIndex, type SaysPhrase } from "./says-phrase-index.js";
import { type DescriptionWord, tokenizeDescription } from "./tokenize-description.js";

/** One fact read from a person's message: the answer it implies and the words that said so. */
export interface ReadFact {
  questionId: string;
  answerId: string;
  /** The message's own words that matched, cleaned of control characters, at most `maxWordsLength`. */
  words: string;
}

/** A negation this many words before a phrase (in the same clause) cancels it: "no VPN", "not only me". */
const negationReach = 3;
const maxWordsLength = 60;

/**
 * The answers a message implies, by the flow's `says` wordings. Linear in the length of the message: the
 * tokenizer is one pass with a regular expression that cannot backtrack, and each word is looked up in a
 * table of phrases by their first word; the message is cut at `maxDescriptionChars` before anything else.
 * A phrase that starts with a negation word ("nothing changed", "not only me") is a statement of its own;
 * any other phrase within three words after a negation, in the same clause, does not count. When a message
 * implies two answers to one question, the longer wording wins and a tie reads as nothing (a wrong fact
 * costs more than a question).
 */
export function readDescription(flow: Flow, text: string): ReadFact[] {
  const { words, source } = tokenizeDescription(text, flow.reading.synonyms);
  const index = phraseIndex(flow);
  const negations = new Set(flow.reading.negations);
  const found: Match[] = [];
  let clauseStart = 0;
  for (const [i, word] of words.entries()) {
    if (word.boundary) {
      clauseStart = i + 1;
      continue;
    }
    for (const phrase of longestPerQuestion(index.get(word.text) ?? [], words, i)) {
      const selfNegated = negations.has(phrase.words[0] ?? "");
      const before = words.slice(Math.max(clauseStart, i - negationReach), i);
      if (selfNegated || !before.some((w) => negations.has(w.text)))
        found.push({ phrase, from: i, to: i + phrase.words.length - 1 });
    }
  }
  return resolve(found).map(({ phrase, from, to }) => ({
    questionId: phrase.questionId,
    answerId: phrase.answerId,
    words: spanText(source, words[from]?.start ?? 0, words[to]?.end ?? 0),
  }));
}

interface Match {
  phrase: SaysPhrase;
  from: number;
  to: number;
}

/** Of the phrases starting at `at` that fit, the longest for each question. */
function longestPerQuestion(
  candidates: readonly SaysPhrase[],
  words: readonly DescriptionWord[],
  at: number,
): SaysPhrase[] {
  const best = new Map<string, SaysPhrase>();
  for (const phrase of candidates) {
    const held = best.get(phrase.questionId);
    if (held !== undefined && phrase.words.length <= held.words.length) continue;
    const fits = phrase.words.every((w, k) => {
      const word = words[at + k];
      return word !== undefined && !word.boundary && word.text === w;
    });
    if (fits) best.set(phrase.questionId, phrase);
  }
  return [...best.values()];
}

/**
 * One fact per question. A wording inside a longer one of the same question is part of it ("only me" in
 * "not only me"); then the longest wording wins, and two different answers worded equally long cancel out.
 */
function resolve(found: readonly Match[]): Match[] {
  const byQuestion = new Map<string, Match[]>();
  for (const match of found) {
    const id = match.phrase.questionId;
    const held = byQuestion.get(id);
    // Pushed, not copied: a post repeating one wording a thousand times stays linear.
    if (held === undefined) byQuestion.set(id, [match]);
    else held.push(match);
  }
  const facts: Match[] = [];
  for (const matches of byQuestion.values()) {
    let reach = -1;
    const outer = matches.filter((m) => {
      if (m.to <= reach) return false;
      reach = m.to;
      return true;
    });
    const longest = Math.max(...outer.map((m) => m.phrase.words.length));
    const top = outer.filter((m) => m.phrase.words.length === longest);
    const answers = new Set(outer.map((m) => m.phrase.answerId));
    const pick = answers.size === 1 ? outer[0] : top[0];
    if (pick && (answers.size === 1 || new Set(top.map((m) => m.phrase.answerId)).size === 1))
      facts.push(pick);
  }
  return facts;
}

function spanText(source: string, start: number, end: number): string {
  const span = source.slice(start, end).replace(/\s+/g, " ").trim();
  return span.length > maxWordsLength ? `${span.slice(0, maxWordsLength - 1)}…` : span;
}
