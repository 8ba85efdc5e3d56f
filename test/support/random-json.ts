import { type Random, randomText } from "./fuzz-cases.js";

const keys = [
  "type",
  "question",
  "answer",
  "fix",
  "worked",
  "cause",
  "allow",
  "report",
  "format",
  "version",
  "a",
];
const types = [
  "answer",
  "skip",
  "results",
  "consent",
  "feedback",
  "rule-out",
  "recheck",
  "more",
  "handoff",
  "evidence",
  "dance",
];

/** A random JSON value up to `depth` levels, leaning on the keys and type names the --jsonl decoder reads. */
export function randomJson(random: Random, depth: number): unknown {
  const kind = Math.floor(random.next() * (depth > 0 ? 8 : 5));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER]);
    case 3:
      return random.pick(types);
    case 4:
      return randomText(random, random.next() < 0.05 ? 5000 : 30);
    case 5:
      return Array.from({ length: Math.floor(random.next() * 4) }, () => randomJson(random, depth - 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(random.next() * 5) }, () => [
          random.next() < 0.8 ? random.pick(keys) : randomText(random, 10),
          randomJson(random, depth - 1),
        ]),
      );
  }
}

/** JSON text nested `levels` deep, by one of the shapes a hostile line takes (closed or not). */
export function deeplyNested(random: Random, levels: number): string {
  const open = random.pick(["[", '{"a":', '{"type":', '{"type":"evidence","report":{"a":']);
  const close = open === "[" ? "]" : "}";
  const body = `${open.repeat(levels)}1${random.next() < 0.8 ? close.repeat(levels) : ""}`;
  return random.next() < 0.5 ? body : `{"type":"answer","question":${body},"answer":"x"}`;
}
