import type { Flow } from "../flow/flow-schema.js";
import { matchPhrase } from "./match-phrase.js";
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
 * - A phrase that starts with a negation word ("nothing changed", "not only me") is a statement of its own;
 *   any other phrase within three words after a negation, in the same clause, does not count. A negative
 *   subject ("nobody") negates only the word right after it: "nobody can connect since Monday" says when.
 * - In a clause with a hedge ("not sure", "no idea if", "maybe") nothing counts: doubt states nothing. A hedge
 *   inside a neutral wording is quoted, not doubt (the client's own "this could be due to CredSSP ..."), and
 *   one right before a number rounds it ("maybe 1 in 3 tries").
 * - A neutral wording ("everyone else", "with and without vpn", "doesn't work") means no answer, no wording
 *   that ends inside it is read, and a negation inside it reaches no further. A statement ("nothing changed") at the start of a longer wording of another question ("nothing
 *   changed on my laptop") belongs to that one.
 * When a message implies two answers to one question, an answer that `combines` them or `outranks` the
 * other wins, else the longer wording, and a tie reads as nothing (a wrong fact costs more than a question).
 */
export function readDescription(flow: Flow, text: string): ReadFact[] {
  const { words, source } = tokenizeDescription(text, flow.reading.synonyms);
  const index = phraseIndex(flow);
  const negations = new Set([...flow.reading.negations, ...flow.reading.negativeSubjects]);
  const subjects = new Set(flow.reading.negativeSubjects);
  const found: Match[] = [];
  let clauseStart = 0;
  // Clauses with doubt in them ("not sure if it's everyone", "a new fw rule maybe?"): nothing in them counts.
  const hedgedClauses = new Set<number>();
  // The last word a neutral wording covers: nothing inside it is read ("from the office and over vpn").
  let neutralTo = -1;
  // For each word, where the neutral wordings covering it end: a wording that ends inside one, even one that
  // starts before it, is not read ("for anyone" in "for anyone else?"), while one that holds a neutral whole
  // is ("works for everyone else"). Each neutral marks at most its own few words: linear.
  const neutralEnd = new Int32Array(words.length).fill(-1);
  for (const [i, word] of words.entries()) {
    if (word.boundary) {
      clauseStart = i + 1;
      continue;
    }
    const neutral = longest(index.neutral.get(word.text) ?? [], words, i, negations);
    for (let k = i; neutral !== undefined && k <= neutral.to; k++)
      neutralEnd[k] = Math.max(neutralEnd[k] ?? -1, neutral.to);
    neutralTo = Math.max(neutralTo, neutral?.to ?? -1);
    const hedge = longest(index.hedges.get(word.text) ?? [], words, i, negations);
    if (hedge !== undefined && hedge.to > neutralTo && !approximates(words, hedge.to))
      hedgedClauses.add(clauseStart);
    const here = longestPerQuestion(index.says.get(word.text) ?? [], words, i, negations);
    // A negation reaches back to the clause start, the last "and" or the end of a neutral wording: "no vpn
    // and only me" is two statements, and in "doesn't work since monday" the "doesn't" is about working.
    const joined = lastJoin(words, Math.max(clauseStart, i - negationReach, Math.min(neutralTo + 1, i)), i);
    const before = words.slice(joined, i);
    const negated =
      before.some((w) => negations.has(w.text) && !subjects.has(w.text)) ||
      (i > clauseStart && subjects.has(words[i - 1]?.text ?? ""));
    for (const match of here) {
      const selfNegated = negations.has(match.phrase.words[0] ?? "");
      if (match.to <= neutralTo) continue;
      if (selfNegated && here.some((m) => m.phrase.length > match.phrase.length)) continue;
      if (selfNegated || !negated) found.push({ ...match, clause: clauseStart });
    }
  }
  const sure = found.filter((m) => !hedgedClauses.has(m.clause ?? -1) && (neutralEnd[m.to] ?? -1) <= m.to);
  return resolve(flow, sure).map(({ phrase, from, to, also }) => ({
    questionId: phrase.questionId,
    answerId: phrase.answerId,
    words: [also, { from, to }]
      .flatMap((span) => (span === undefined ? [] : [spanText(source, words, span.from, span.to)]))
      .join(" … "),
  }));
}

/**
 * A hedge right before a number rounds it rather than doubts the clause: "works maybe 1 in 3 tries",
 * "probably half the users" state how often and how many.
 */
function approximates(words: readonly DescriptionWord[], hedgeEnd: number): boolean {
  const next = words[hedgeEnd + 1]?.text ?? "";
  return /^\d/.test(next) || amountWords.has(next);
}
const amountWords = new Set(["one", "two", "three", "four", "five", "ten", "half", "once", "twice"]);

/** Where the words from `from` to `to` (excluded) start after their last "and". */
function lastJoin(words: readonly DescriptionWord[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (words[k]?.text === "and") return k + 1;
  return from;
}

interface Match {
  phrase: SaysPhrase;
  from: number;
  to: number;
  /** Where its clause starts. */
  clause?: number;
  /** For a combined reading, the other wording it came from. */
  also?: { from: number; to: number };
}

/** Of the phrases starting at `at` that fit, the longest. */
function longest(
  candidates: readonly SaysPhrase[],
  words: readonly DescriptionWord[],
  at: number,
  negations: ReadonlySet<string>,
): Match | undefined {
  return longestPerQuestion(candidates, words, at, negations)[0];
}

/** Of the phrases starting at `at` that fit, the longest for each question. */
function longestPerQuestion(
  candidates: readonly SaysPhrase[],
  words: readonly DescriptionWord[],
  at: number,
  negations: ReadonlySet<string>,
): Match[] {
  const best = new Map<string, Match>();
  for (const phrase of candidates) {
    const held = best.get(phrase.questionId);
    if (held !== undefined && phrase.length <= held.phrase.length) continue;
    const to = matchPhrase(phrase.words, words, at, negations);
    if (to >= 0) best.set(phrase.questionId, { phrase, from: at, to });
  }
  return [...best.values()];
}

/**
 * One fact per question. A wording inside a longer one of the same question is part of it ("only me" in
 * "not only me"). Of two different answers, one that `combines` them, else one that `outranks` the other,
 * is read; then the longest wording wins, and two different answers worded equally long cancel out.
 */
function resolve(flow: Flow, found: readonly Match[]): Match[] {
  const byQuestion = new Map<string, Match[]>();
  for (const match of found) {
    const id = match.phrase.questionId;
    const held = byQuestion.get(id);
    // Pushed, not copied: a post repeating one wording a thousand times stays linear.
    if (held === undefined) byQuestion.set(id, [match]);
    else held.push(match);
  }
  const facts: Match[] = [];
  for (const [questionId, matches] of byQuestion) {
    let reach = -1;
    const outer = matches.filter((m) => {
      if (m.to <= reach) return false;
      reach = m.to;
      return true;
    });
    const answers = flow.questions.find((q) => q.id === questionId)?.answers ?? [];
    const pick = combined(answers, outer) ?? preferred(answers, outer);
    if (pick) facts.push(pick);
  }
  return facts;
}

type Answers = Flow["questions"][number]["answers"];

/** The first answer whose two `combines` answers were both read, with both wordings as its words. */
function combined(answers: Answers, matches: readonly Match[]): Match | undefined {
  for (const answer of answers) {
    if (answer.combines === undefined) continue;
    const [a, b] = answer.combines.map((id) => matches.find((m) => m.phrase.answerId === id));
    if (a === undefined || b === undefined) continue;
    const [first, second] = a.from < b.from ? [a, b] : [b, a];
    const phrase = { ...first.phrase, answerId: answer.id };
    return { phrase, from: second.from, to: second.to, also: { from: first.from, to: first.to } };
  }
  return undefined;
}

/** What is left once outranked answers are dropped: the longest wording, or nothing on a tie. */
function preferred(answers: Answers, matches: readonly Match[]): Match | undefined {
  const read = new Set(matches.map((m) => m.phrase.answerId));
  const outranked = new Set(answers.filter((a) => read.has(a.id)).flatMap((a) => a.outranks ?? []));
  const left = matches.filter((m) => !outranked.has(m.phrase.answerId));
  const longestLength = Math.max(...left.map((m) => m.phrase.length));
  const top = left.filter((m) => m.phrase.length === longestLength);
  const kept = new Set(left.map((m) => m.phrase.answerId));
  if (kept.size === 1) return left[0];
  return new Set(top.map((m) => m.phrase.answerId)).size === 1 ? top[0] : undefined;
}

function spanText(source: string, words: readonly DescriptionWord[], from: number, to: number): string {
  const span = source
    .slice(words[from]?.start ?? 0, words[to]?.end ?? 0)
    .replace(/\s+/g, " ")
    .trim();
  return span.length > maxWordsLength ? `${span.slice(0, maxWordsLength - 1)}…` : span;
}
