import type { DescriptionWord } from "./tokenize-description.js";

/** How many words a "..." in a wording may stand for. */
export const gapReach = 4;

/**
 * Where a wording that starts at `at` ends (the index of its last word), or -1 when it does not fit there.
 * Each word must be the wording's next word, in the same clause; a "..." lets up to `gapReach` words stand
 * in between, none of them a negation ("port test ... false" fits "port test said false", not "port test
 * not false"). The first fit wins. A wording has at most eight words and a gap at most four, so the work
 * per start is bounded by a constant: reading stays linear in the message.
 */
export function matchPhrase(
  phrase: readonly string[],
  words: readonly DescriptionWord[],
  at: number,
  negations: ReadonlySet<string>,
): number {
  return fit(phrase, 0, words, at, negations);
}

function fit(
  phrase: readonly string[],
  k: number,
  words: readonly DescriptionWord[],
  at: number,
  negations: ReadonlySet<string>,
): number {
  const want = phrase[k];
  if (want === undefined) return at - 1;
  if (want === "...") {
    for (let skip = 0; skip <= gapReach; skip++) {
      const end = fit(phrase, k + 1, words, at + skip, negations);
      if (end >= 0) return end;
      const skipped = words[at + skip];
      if (skipped === undefined || skipped.boundary || negations.has(skipped.text)) return -1;
    }
    return -1;
  }
  const word = words[at];
  if (word === undefined || word.boundary || word.text !== want) return -1;
  return fit(phrase, k + 1, words, at + 1, negations);
}
