import { describe, expect, it } from "vitest";
import { type JsonlConversationState, jsonlInputEvent } from "../../../adapters/cli/jsonl-input-event.js";
import { maxQuotedInput } from "../../../src/errors/quote-input.js";
import { engineConversation, shippedFlow } from "../../support/engine-conversation.js";
import { forEachFuzzCase, mutateText, randomText } from "../../support/fuzz-cases.js";
import { deeplyNested, randomJson } from "../../support/random-json.js";

const flow = shippedFlow();
const bot = engineConversation(flow);
bot.start("host42");
const question = bot.last;
bot.send({ kind: "results-now", user: "alice" });
const diagnosis = bot.last;
if (question.kind !== "question" || diagnosis.kind !== "diagnosis")
  throw new Error("no question or diagnosis");
const states: JsonlConversationState[] = [
  { current: undefined, diagnosis: undefined },
  { current: question, diagnosis: undefined },
  { current: diagnosis, diagnosis },
];
const valid = [
  { type: "answer", question: question.questionId, answer: question.answers[0]?.id },
  { type: "feedback", fix: "1a", worked: false },
  { type: "rule-out", cause: "2" },
  { type: "recheck", fix: "1a" },
  { type: "evidence", report: "RDPFIX1:H4sIAAAAAAAAAw==" },
].map((line) => JSON.stringify(line));

describe("fuzz: --jsonl input lines into the decoder", () => {
  it("GIVEN random, mutated and deeply nested lines THEN the decoder never throws and quotes little of them", () => {
    forEachFuzzCase(
      1500,
      (random) => {
        const shape = random.next();
        const line =
          shape < 0.4
            ? JSON.stringify(randomJson(random, 5))
            : shape < 0.7
              ? mutateText(random, random.pick(valid), 6)
              : shape < 0.85
                ? deeplyNested(random, 1 + Math.floor(random.next() * 8000))
                : randomText(random, 300);
        return { line, state: random.pick(states) };
      },
      ({ line, state }) => {
        const result = jsonlInputEvent(line, state, flow, "fuzz");
        if (!result.ok) {
          expect(typeof result.message).toBe("string");
          // The words of a message are short; what it quotes of the line is clipped.
          expect(result.message.length).toBeLessThan(maxQuotedInput * 2 + 1000);
        }
      },
    );
  });
});
