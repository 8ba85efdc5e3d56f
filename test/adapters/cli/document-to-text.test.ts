import { describe, expect, it } from "vitest";
import { documentToText } from "../../../adapters/cli/document-to-text.js";
import { colourStyle, plainStyle } from "../../../adapters/cli/terminal-style.js";
import { code, emphasis, person, plain, strong, struck } from "../../../src/chat/document/inline.js";
import type { DocumentBlock, ReplyDocument } from "../../../src/chat/document/reply-document.js";
import type { ChatAction } from "../../../src/runtime/chat-action.js";

const doc = (...blocks: DocumentBlock[]): ReplyDocument => ({ summary: [plain("summary")], blocks });
const hostile =
  "CN=\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil\u202c\u2066x\u2069\r\nFAKE: line\ttab\u0000";
/** Every escape sequence the colour style writes itself; anything else starting with ESC came from the input. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding escape sequences is what this test is for
const ownSgr = /\u001b\[(?:1|2|22|31|32|39)m/g;

function expectHarmless(text: string) {
  const raw = text.replace(ownSgr, "");
  // A tab is harmless and may stay inside a command; every other control character must go.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this test is for
  expect(raw).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(raw).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/);
  expect(raw).not.toContain("\nFAKE");
}

describe("documentToText", () => {
  it("GIVEN headings and paragraphs THEN one line each, styled runs in bold and dim, code in backticks", () => {
    const text = documentToText(
      doc(
        { type: "heading", text: [strong("Diagnosis for host42")], tone: "info" },
        {
          type: "paragraph",
          text: [plain("Run "), code("certlm.msc"), plain(" as "), person("alice", "strong")],
        },
        { type: "paragraph", text: [struck("1a) Renew it"), plain(" "), emphasis("did not help")] },
        { type: "paragraph", text: [{ type: "link", text: "docs", url: "https://example.com/x" }] },
      ),
      plainStyle,
    );
    expect(text).toBe(
      [
        "Diagnosis for host42",
        "Run `certlm.msc` as alice",
        "1a) Renew it did not help",
        "docs (https://example.com/x)",
      ].join("\n"),
    );
    const coloured = documentToText(
      doc({ type: "paragraph", text: [strong("Solved:"), plain(" yes "), emphasis("(quiet)")] }),
      colourStyle,
    );
    expect(coloured).toBe("\u001b[1mSolved:\u001b[22m yes \u001b[2m(quiet)\u001b[22m");
  });

  it("GIVEN a heading of tone good and a note THEN the whole line is green or dim, with no nested styles", () => {
    const text = documentToText(
      doc(
        { type: "heading", text: [strong("fixed")], tone: "good" },
        { type: "note", text: [plain("by "), strong("bob")] },
      ),
      colourStyle,
    );
    expect(text).toBe("\u001b[32mfixed\u001b[39m\n\u001b[2mby bob\u001b[22m");
  });

  it("GIVEN fields, lists, a divider, a form and an attachment THEN each is laid out as terminal lines", () => {
    const text = documentToText(
      doc(
        {
          type: "fields",
          fields: [
            { label: "Host", value: [code("host42")] },
            { label: "Port", value: [plain("3389")] },
          ],
        },
        { type: "list", items: [[plain("one")], [plain("two")]] },
        { type: "list", ordered: true, start: 4, items: [[plain("four")], [plain("five")]] },
        { type: "divider" },
        {
          type: "form",
          title: "Paste",
          label: "Report",
          maxLength: 4000,
          open: { type: "button", label: "Paste the report", action: { kind: "paste-server-report" } },
          prompt: [plain("Type p and paste the line.")],
        },
        {
          type: "attachment",
          name: "c.ps1",
          content: "Get-Item x\nGet-Item y",
          caption: [plain("The collector:")],
        },
      ),
      plainStyle,
    );
    expect(text).toBe(
      [
        "Host: `host42`",
        "Port: 3389",
        "  • one",
        "  • two",
        "  4. four",
        "  5. five",
        "",
        "Type p and paste the line.",
        "The collector:",
        "    Get-Item x",
        "    Get-Item y",
      ].join("\n"),
    );
  });

  it("GIVEN a long command THEN it is shown whole on its own lines, never replaced by the too-long words", () => {
    const command = `Set-Item ${"x".repeat(5000)}\n  Restart-Service TermService`;
    const text = documentToText(
      doc({ type: "code", code: command, language: "powershell", tooLong: [plain("too long")] }),
      plainStyle,
    );
    expect(text).toBe(`    Set-Item ${"x".repeat(5000)}\n      Restart-Service TermService`);
  });

  it("GIVEN a shrinkable part THEN the terminal shows its most detailed version only", () => {
    const text = documentToText(
      doc({
        type: "shrinkable",
        priority: 1,
        variants: [
          [{ type: "paragraph", text: [plain("full")] }],
          [{ type: "paragraph", text: [plain("brief")] }],
        ],
      }),
      plainStyle,
    );
    expect(text).toBe("full");
  });

  it("GIVEN actions THEN answers with a key are one a line, other keyed controls share a dim line, the rest show nothing", () => {
    const keys = (action: ChatAction) =>
      action.kind === "answer" ? action.answerId : action.kind === "skip" ? "s" : undefined;
    const document = doc(
      {
        type: "actions",
        items: [
          { type: "button", label: "Suddenly", action: { kind: "answer", questionId: "q", answerId: "1" } },
          {
            type: "select",
            placeholder: "Choose",
            options: [{ label: "Always", action: { kind: "answer", questionId: "q", answerId: "2" } }],
          },
          { type: "button", label: "Skip", action: { kind: "skip", questionId: "q" } },
          { type: "button", label: "Hand off", action: { kind: "handoff" } },
        ],
      },
      {
        type: "actions",
        items: [{ type: "button", label: "Probe now", action: { kind: "consent", allow: true } }],
      },
    );
    expect(documentToText(document, plainStyle, keys)).toBe("  1) Suddenly\n  2) Always\n  s) Skip");
    expect(documentToText(document, colourStyle, keys)).toContain("\u001b[2m  s) Skip\u001b[22m");
    expect(documentToText(document, plainStyle)).toBe("");
  });

  it("GIVEN a hostile certificate name in every kind of block THEN no escape, control or bidi character and no forged line reaches the terminal", () => {
    const document = doc(
      { type: "heading", text: [strong(hostile)] },
      { type: "heading", text: [plain(hostile)], tone: "good" },
      {
        type: "paragraph",
        text: [plain(hostile), code(hostile), person(hostile), { type: "link", text: hostile, url: hostile }],
      },
      { type: "fields", fields: [{ label: hostile, value: [plain(hostile)] }] },
      { type: "list", items: [[plain(hostile)]] },
      { type: "note", text: [plain(hostile)] },
      { type: "code", code: hostile, language: "powershell", tooLong: [] },
      { type: "actions", items: [{ type: "button", label: hostile, action: { kind: "results-now" } }] },
      { type: "attachment", name: hostile, content: hostile, caption: [plain(hostile)] },
    );
    for (const style of [plainStyle, colourStyle]) {
      const text = documentToText(document, style, () => hostile);
      expectHarmless(text);
      expect(text).toContain("CN=evilx FAKE: line tab");
    }
  });
});
