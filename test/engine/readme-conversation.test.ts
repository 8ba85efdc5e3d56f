import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stopReasonText } from "../../src/engine/index.js";
import { readingSummary } from "../../src/runtime/reading-summary.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const flow = shippedFlow();
const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

/** The transcript under "Starting from what the person wrote", with its wrapped lines joined back. */
function readmeTranscript(): string {
  const section = readme.split("## Starting from what the person wrote")[1]?.split("\n## ")[0] ?? "";
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error("the README lost the conversation that starts from a sentence");
  return block.replace(/\s+/g, " ");
}

describe("README: the conversation that starts from a person's sentence is what the engine does", () => {
  it("GIVEN the README's command and its click THEN the reading, the question and the diagnosis read as shown", () => {
    const transcript = readmeTranscript();
    const command = /alice \/rdp-fix (\S+) (.+?) rdp-fix /.exec(transcript);
    const [, host = "", text = ""] = command ?? [];
    expect(host).toBe("app7");

    const bot = engineConversation(flow);
    const { replies } = bot.start(host, { text });
    const reading = replies.find((r) => r.kind === "reading");
    if (reading?.kind !== "reading") throw new Error("the README's sentence is no longer read");
    expect(transcript).toContain(`${readingSummary(reading).text} ${readingSummary(reading).hint}`);

    const question = bot.last;
    if (question.kind !== "question") throw new Error(`expected a question, got ${question.kind}`);
    expect(transcript).toContain(
      `Question ${question.number} of at most ${question.maxQuestions}: ${question.text}`,
    );
    const picked = /\(picks (.+?)\)/.exec(transcript)?.[1];
    const answer = question.answers.find((a) => a.label.startsWith(picked ?? "-"));
    if (!answer) throw new Error(`the README picks "${picked}", which ${question.questionId} does not offer`);
    bot.answer(question.questionId, answer.id);

    const diagnosis = bot.last;
    if (diagnosis.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${diagnosis.kind}`);
    const [top] = diagnosis.causes;
    expect(transcript).toContain(`Diagnosis for ${host} port 3389 (${stopReasonText[diagnosis.reason]})`);
    expect(transcript).toContain(`1. ${top?.title} — ${Math.round((top?.confidence ?? 0) * 100)}%`);
  });
});
