import { seededRandom } from "./seeded-random.js";

export type Random = ReturnType<typeof seededRandom>;

/**
 * This run's seed: RDP_FIX_FUZZ_SEED replays a failure; otherwise a fresh one each run, so CI keeps exploring
 * new inputs while any failure it finds names the seed that reproduces it.
 */
export const fuzzSeed = Number(process.env.RDP_FIX_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));

/**
 * Checks `cases` inputs drawn from one generator seeded with fuzzSeed. The first check that throws (the code
 * under test, or an expectation) fails the test with the seed, the case number and the start of the input.
 */
export function forEachFuzzCase<T>(
  cases: number,
  make: (random: Random) => T,
  check: (input: T) => void,
): void {
  const random = seededRandom(fuzzSeed);
  for (let i = 0; i < cases; i++) {
    const input = make(random);
    try {
      check(input);
    } catch (error) {
      const shown = (typeof input === "string" ? input : String(JSON.stringify(input))).slice(0, 300);
      throw new Error(
        `fuzz case ${i} failed; replay with RDP_FIX_FUZZ_SEED=${fuzzSeed}: ${(error as Error).message}\ninput: ${shown}`,
        { cause: error },
      );
    }
  }
}

/** Characters that break parsers: quotes, escapes, brackets, controls, bidi, lone surrogates, astral ones. */
const awkward = [..."\"\\{}[]:,`'=-\u0000\u0007\u001b\n\r\t \u0085\u2028\u202e\ud800\udc00😀é0123456789aZ"];

/** A string of up to `maxLength` characters, mostly awkward ones, sometimes one character repeated a lot. */
export function randomText(random: Random, maxLength: number): string {
  const length = Math.floor(random.next() * maxLength);
  if (random.next() < 0.1) return random.pick(awkward).repeat(length);
  let text = "";
  for (let i = 0; i < length; i++)
    text +=
      random.next() < 0.5 ? random.pick(awkward) : String.fromCharCode(Math.floor(random.next() * 0x10000));
  return text;
}

/** Up to `count` random edits of `text`: a character changed, text inserted, a span deleted or repeated, an end cut. */
export function mutateText(random: Random, text: string, count: number): string {
  let out = text;
  const edits = 1 + Math.floor(random.next() * count);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random.next() * (out.length + 1));
    const span = Math.floor(random.next() * 64);
    switch (Math.floor(random.next() * 5)) {
      case 0:
        out = out.slice(0, at) + random.pick(awkward) + out.slice(at + 1);
        break;
      case 1:
        out = out.slice(0, at) + randomText(random, 40) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at + span);
        break;
      case 3:
        out =
          out.slice(0, at + span) +
          out.slice(at, at + span).repeat(2 + Math.floor(random.next() * 50)) +
          out.slice(at + span);
        break;
      default:
        out = out.slice(0, at);
    }
  }
  return out;
}
