import { describe, expect, it } from "vitest";
import { fitConverted } from "../../../src/chat/document/fit-converted.js";
import { plain } from "../../../src/chat/document/inline.js";
import type { ReplyDocument } from "../../../src/chat/document/reply-document.js";

/** A stand-in converter: a message is its lines of text, one per paragraph. */
const toLines = (document: ReplyDocument): string[] =>
  document.blocks.flatMap((block) =>
    block.type === "paragraph"
      ? [block.text.map((piece) => ("text" in piece ? piece.text : "")).join("")]
      : [],
  );

describe("fitting a document judged on the converted payload", () => {
  const paragraphs = (texts: string[]): ReplyDocument => ({
    summary: [plain("summary")],
    blocks: texts.map((text) => ({ type: "paragraph", text: [plain(text)] })),
  });

  it("GIVEN a document that fits THEN one message, converted", () => {
    expect(fitConverted(paragraphs(["a", "b"]), toLines, (lines) => lines.length <= 3)).toEqual([["a", "b"]]);
  });

  it("GIVEN more than a message holds THEN follow-up messages, each within the measure, nothing dropped", () => {
    const texts = ["one", "two", "three", "four", "five"];
    const messages = fitConverted(paragraphs(texts), toLines, (lines) => lines.length <= 2);
    expect(messages.length).toBeGreaterThan(1);
    for (const lines of messages) expect(lines.length).toBeLessThanOrEqual(2);
    expect(messages.flat()).toEqual(expect.arrayContaining(texts));
  });
});
