import { describe, expect, it } from "vitest";
import { inlineToTeamsMarkdown } from "../../../adapters/teams/inline-to-teams-markdown.js";
import { plain } from "../../../src/chat/document/inline.js";

describe("inlineToTeamsMarkdown", () => {
  it("GIVEN a line cut right after an escape THEN no backslash is left to escape the ellipsis", () => {
    const text = "abc*def*ghi";
    for (let max = 4; max < 14; max++) {
      const cut = inlineToTeamsMarkdown([plain(text)], max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(cut, `max ${max}`).not.toMatch(/\\…$/);
    }
  });
});
