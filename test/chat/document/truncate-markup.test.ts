import { describe, expect, it } from "vitest";
import { truncateMarkup } from "../../../src/chat/document/truncate-markup.js";

const fenced = { dangling: /`+$/ };
const entities = { dangling: /`+$/, entity: ["&", ";"] } as const;

describe("truncateMarkup", () => {
  it("GIVEN text that fits THEN it is unchanged, spans or not", () => {
    expect(truncateMarkup("a &amp; b", 9, entities)).toBe("a &amp; b");
  });

  it("GIVEN a long text THEN it is cut at a word with an ellipsis, within the limit", () => {
    const cut = truncateMarkup(`${"word ".repeat(30)}`, 40, fenced);
    expect(cut).toBe(`${"word ".repeat(7).trimEnd()}…`);
  });

  it("GIVEN a cut inside a code block THEN the block is closed after the ellipsis, within the limit", () => {
    const cut = truncateMarkup(`Run:\n\`\`\`\n${"x".repeat(100)}\n\`\`\``, 30, fenced);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/^Run:\n```\nx+…\n```$/);
  });

  it("GIVEN every cut through an entity THEN the entity stays whole or goes whole", () => {
    const text = `${"a".repeat(5)}${"&lt;".repeat(5)}`;
    for (let max = 6; max < text.length; max++)
      expect(truncateMarkup(text, max, entities)).toMatch(/^a{5}(&lt;)*…$/);
  });

  it("GIVEN markup without entities THEN an ampersand is plain text and may end the cut", () => {
    expect(truncateMarkup("abc&defghij", 6, fenced)).toBe("abc&d…");
  });

  it("GIVEN a cut right after what the markup calls dangling THEN it goes before the ellipsis", () => {
    expect(truncateMarkup("abc\\*def", 5, { dangling: /\\+$/ })).toBe("abc…");
    expect(truncateMarkup("abc\\*def", 5, fenced)).toBe("abc\\…");
  });
});
