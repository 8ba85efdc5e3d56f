import { describe, expect, it } from "vitest";
import { maxQuotedInput, quoteInput } from "../../src/errors/quote-input.js";

describe("quoteInput: what an error message repeats of someone's input", () => {
  it("GIVEN a short string THEN it is quoted whole, escaped as JSON", () => {
    expect(quoteInput('host "42"\n')).toBe('"host \\"42\\"\\n"');
  });

  it("GIVEN a megabyte THEN the quote holds at most the limit and says it was cut", () => {
    const quoted = quoteInput("a".repeat(1_000_000));
    expect(quoted).toBe(`"${"a".repeat(maxQuotedInput)}…"`);
  });

  it("GIVEN control characters, which escape to six characters each THEN the escaped quote still fits the limit, no escape cut in half", () => {
    const quoted = quoteInput("\u0000".repeat(500));
    expect(quoted.length).toBeLessThanOrEqual(maxQuotedInput + 3);
    expect(quoted).toBe(`"${"\\u0000".repeat(Math.floor(maxQuotedInput / 6))}…"`);
  });

  it("GIVEN astral characters at the cut THEN no surrogate pair is split", () => {
    const quoted = quoteInput("😀".repeat(300));
    expect(quoted.slice(1, -2)).toBe("😀".repeat(maxQuotedInput / 2));
  });

  it("GIVEN values that are no strings THEN scalars are written out and structures named by kind", () => {
    expect(quoteInput(42)).toBe("42");
    expect(quoteInput(undefined)).toBe("(none)");
    expect(quoteInput([1, 2])).toBe("an array");
    expect(quoteInput({ deep: {} })).toBe("an object");
  });
});
