import { describe, expect, it } from "vitest";
import { drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import { plain } from "../../src/chat/document/inline.js";
import type { DocumentBlock } from "../../src/chat/document/reply-document.js";

describe("drawnBlocks: the blocks every converter draws", () => {
  it("GIVEN an attachment THEN its caption, then its content as a verbatim command named by the caption", () => {
    const caption = [plain("Run this on the server:")];
    const blocks: DocumentBlock[] = [
      { type: "attachment", name: "collector.ps1", content: "Get-Item *", caption },
    ];
    expect(drawnBlocks(blocks)).toEqual([
      { type: "paragraph", text: caption },
      { type: "code", code: "Get-Item *", language: "text", tooLong: caption },
    ]);
  });

  it("GIVEN an attachment that says what to show instead THEN a platform without files shows that, one with files its caption and the file", () => {
    const caption = [plain("Run the attached script:")];
    const instead: DocumentBlock[] = [{ type: "paragraph", text: [plain("Paste this line:")] }];
    const file: DocumentBlock = {
      type: "attachment",
      name: "c.ps1",
      content: "Get-Item *",
      caption,
      instead,
    };
    expect(drawnBlocks([file])).toEqual(instead);
    const attached: string[] = [];
    const shrinkable: DocumentBlock = { type: "shrinkable", priority: 1, variants: [[file]] };
    expect(drawnBlocks([shrinkable], (f) => void attached.push(f.name))).toEqual([
      { type: "paragraph", text: caption },
    ]);
    expect(attached).toEqual(["c.ps1"]);
  });

  it("GIVEN shrinkable parts, one inside another THEN each at its first version, in order, the rest untouched", () => {
    const first: DocumentBlock = { type: "paragraph", text: [plain("full")] };
    const inner: DocumentBlock = {
      type: "shrinkable",
      priority: 1,
      variants: [[first], [{ type: "paragraph", text: [plain("brief")] }]],
    };
    const blocks: DocumentBlock[] = [
      { type: "divider" },
      { type: "shrinkable", priority: 0, variants: [[inner, { type: "divider" }], []] },
      { type: "note", text: [plain("after")] },
    ];
    expect(drawnBlocks(blocks)).toEqual([
      { type: "divider" },
      first,
      { type: "divider" },
      { type: "note", text: [plain("after")] },
    ]);
  });
});
