import { describe, expect, it } from "vitest";
import { summarizeUserText } from "../../src/runtime/summarize-user-text.js";

describe("summarizeUserText", () => {
  it("GIVEN a short message THEN it is kept, on one line", () => {
    expect(summarizeUserText("host42\n  says 0x904\tsince monday ")).toEqual({
      preview: "host42 says 0x904 since monday",
      length: 33,
    });
  });

  it("GIVEN a long message THEN the first 80 characters and an ellipsis, with the whole length", () => {
    const text = "x".repeat(500);
    expect(summarizeUserText(text)).toEqual({ preview: `${"x".repeat(80)}…`, length: 500 });
  });

  it("GIVEN exactly 80 characters THEN nothing is cut", () => {
    expect(summarizeUserText("y".repeat(80)).preview).toBe("y".repeat(80));
  });

  it("GIVEN a token pasted across the cut THEN it is masked before cutting, so no piece of it survives", () => {
    const token = "xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx";
    const summary = summarizeUserText(`${"z".repeat(50)} ${token} more text`);
    expect(summary.preview).toBe(`${"z".repeat(50)} xoxb-[Redacted] more text`);
    expect(summary.preview).not.toContain("1111111111");
  });

  it("GIVEN emoji at the cut THEN no half character is left behind", () => {
    const summary = summarizeUserText("😀".repeat(100));
    // encodeURIComponent throws on a lone surrogate, the half of an emoji a cut by UTF-16 units leaves.
    expect(() => encodeURIComponent(summary.preview)).not.toThrow();
    expect([...summary.preview]).toHaveLength(81);
  });
});
