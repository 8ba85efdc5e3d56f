import { describe, expect, it } from "vitest";
import { safeDisplayLines, safeDisplayText } from "../../src/runtime/safe-display-text.js";

const hostile =
  "a\u001b[2Jb\u001b]0;pwned\u0007c\u001b]8;;http://x\u001b\\d\r\ne\u202eevil\u2066f\u200fg\u061ch\u0000i\u0007j\u009b31mk";

describe("safeDisplayText", () => {
  it("GIVEN a CSI, an OSC title and an OSC hyperlink THEN each sequence is removed whole", () => {
    expect(safeDisplayText("x\u001b[31mred\u001b[0m y")).toBe("xred y");
    expect(safeDisplayText("\u001b]0;title\u0007after")).toBe("after");
    expect(safeDisplayText("\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\")).toBe("link");
    expect(safeDisplayText("\u001bcreset \u001b(Bcharset")).toBe("reset charset");
  });

  it("GIVEN CR, LF, CRLF and tabs THEN each is one space, so the text stays on one line", () => {
    expect(safeDisplayText("one\r\ntwo\rthree\nfour\tfive\u2028six")).toBe("one two three four five six");
  });

  it("GIVEN bidi overrides, isolates and marks THEN they are gone", () => {
    expect(
      safeDisplayText("\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl"),
    ).toBe("abcdefghijkl");
  });

  it("GIVEN a mix of everything THEN only printable text is left, and a second pass changes nothing", () => {
    const once = safeDisplayText(hostile);
    expect(once).toBe("abcd eevilfghijk");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
    expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(safeDisplayText(once)).toBe(once);
  });

  it("GIVEN ordinary text with accents, CJK and emoji THEN it is unchanged", () => {
    expect(safeDisplayText("srv-ü-日本 😀 — 3 of 3 opened")).toBe("srv-ü-日本 😀 — 3 of 3 opened");
  });
});

describe("safeDisplayLines", () => {
  it("GIVEN a multi-line command THEN the lines and tabs stay, CR becomes LF and sequences go", () => {
    expect(safeDisplayLines("Get-Item x |\r\n\tSelect-Object\u001b[2J y\u202e")).toBe(
      "Get-Item x |\n\tSelect-Object y",
    );
  });
});
