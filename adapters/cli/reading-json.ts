import type { ReadingReply } from "../../src/engine/index.js";
import { readingSummary } from "../../src/runtime/reading-summary.js";

/** What was read from the person's words, as `--json` and the `--jsonl` reading line carry it. */
export function readingJson(reply: ReadingReply) {
  return {
    text: readingSummary(reply).text,
    facts: reply.facts.map((f) => ({
      question: f.questionId,
      answer: f.answerId,
      words: f.words,
      questionText: f.question,
      answerLabel: f.answer,
    })),
  };
}
