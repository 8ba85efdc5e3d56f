import { describe, expect, it } from "vitest";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { type FitDocument, fittedRenderer } from "../../src/chat/fitted-thread-port.js";

const presenter = { commandSyntax: "/rdp-fix <host>", selectOptions: 25, labelLength: 75, optionLength: 75 };

/** A platform whose messages are the fitted documents themselves, recording how each was asked for. */
function documentPlatform() {
  const asked: Array<{ sessionId: string | undefined; shorter: boolean }> = [];
  const fit: FitDocument<ReplyDocument> = (document, sessionId, shorter) => {
    asked.push({ sessionId, shorter: shorter === true });
    return [document];
  };
  return { renderer: fittedRenderer(presenter, fit), asked };
}

describe("fittedRenderer", () => {
  it("GIVEN a lost message THEN the note is one warning with a Resume button for the session it names", () => {
    const { renderer, asked } = documentPlatform();
    const note = renderer.renderNote("Something was lost.", "s1");
    expect(note.blocks).toEqual([
      { type: "note", text: [{ type: "text", text: "⚠️ Something was lost." }] },
      { type: "actions", items: [{ type: "button", label: "Resume", action: { kind: "resume" } }] },
    ]);
    expect(asked).toEqual([{ sessionId: "s1", shorter: false }]);
  });

  it("GIVEN a note without a session THEN it carries no button", () => {
    const note = documentPlatform().renderer.renderNote("late");
    expect(note.blocks.map((block) => block.type)).toEqual(["note"]);
  });

  it("GIVEN a reply refused as too long THEN the platform is asked to fit it shorter, for the reply's session", () => {
    const { renderer, asked } = documentPlatform();
    const [reply] = renderer.render({ kind: "notice", text: "hello" }, { sessionId: "s2" }, true);
    expect(JSON.stringify(reply)).toContain("hello");
    expect(asked).toEqual([{ sessionId: "s2", shorter: true }]);
  });
});
