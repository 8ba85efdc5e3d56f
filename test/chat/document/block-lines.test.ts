import { describe, expect, it } from "vitest";
import {
  blockLines,
  isLineBlock,
  type LineBlock,
  type LineSyntax,
} from "../../../src/chat/document/block-lines.js";
import type { DrawnBlock } from "../../../src/chat/document/drawn-blocks.js";
import { plain, plainText } from "../../../src/chat/document/inline.js";
import type { DocumentButton } from "../../../src/chat/document/reply-document.js";

const syntax: LineSyntax = {
  inline: (line) => plainText(line),
  ordinal: (n) => `${n})`,
  code: (code, language) => `[${language}] ${code}`,
  longestCode: 30,
};

describe("a block as the lines every platform writes for it", () => {
  it("GIVEN an ordered list that goes on from an earlier message THEN it counts on from its start", () => {
    const list = {
      type: "list",
      ordered: true,
      start: 4,
      items: [[plain("one")], [plain("two")]],
    } satisfies LineBlock;
    expect(blockLines(list, syntax)).toEqual(["4) one", "5) two"]);
  });

  it("GIVEN an unordered list THEN every item is bulleted", () => {
    expect(blockLines({ type: "list", items: [[plain("a")], [plain("b")]] }, syntax)).toEqual(["• a", "• b"]);
  });

  it("GIVEN a command a container holds THEN it is the platform's own code, whole", () => {
    const code = {
      type: "code",
      code: "Get-Service",
      language: "powershell",
      tooLong: [plain("see")],
    } satisfies LineBlock;
    expect(blockLines(code, syntax)).toEqual(["[powershell] Get-Service"]);
  });

  it("GIVEN a command longer than a container holds THEN the presenter's words name it instead of a cut", () => {
    const code = {
      type: "code",
      code: "x".repeat(40),
      language: "cmd",
      tooLong: [plain("too long")],
    } satisfies LineBlock;
    expect(blockLines(code, syntax)).toEqual(["too long"]);
  });

  it("GIVEN a form THEN a platform without forms shows its prompt", () => {
    const open = {
      type: "button",
      label: "Paste",
      action: { kind: "paste-server-report" },
    } satisfies DocumentButton;
    const form = {
      type: "form",
      title: "t",
      label: "l",
      maxLength: 10,
      open,
      prompt: [plain("reply")],
    } satisfies LineBlock;
    expect(blockLines(form, syntax)).toEqual(["reply"]);
  });
});

describe("isLineBlock: what a converter of plain text writes as lines", () => {
  it("GIVEN every kind of drawn block THEN the ones with words are lines, fields, dividers and actions are not", () => {
    const kinds: DrawnBlock[] = [
      { type: "heading", text: [] },
      { type: "paragraph", text: [] },
      { type: "note", text: [] },
      { type: "list", items: [] },
      { type: "code", code: "x", language: "text", tooLong: [] },
      { type: "divider" },
      { type: "fields", fields: [] },
      { type: "actions", items: [] },
    ];
    expect(kinds.filter(isLineBlock).map((block) => block.type)).toEqual([
      "heading",
      "paragraph",
      "note",
      "list",
      "code",
    ]);
  });
});
