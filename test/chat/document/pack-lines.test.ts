import { describe, expect, it } from "vitest";
import { packLines } from "../../../src/chat/document/pack-lines.js";

const length = (line: string) => line.length;

describe("lines packed into containers under a character limit", () => {
  it("GIVEN lines that fill 10 characters exactly once joined THEN they share one run", () => {
    expect(packLines(["abcd", "efghi"], 10, length)).toEqual([["abcd", "efghi"]]);
  });

  it("GIVEN one character more than a run holds THEN the next line starts a new run, order kept", () => {
    const runs = packLines(["abcd", "efghij", "k"], 10, length);
    expect(runs).toEqual([["abcd"], ["efghij", "k"]]);
    for (const run of runs) expect(run.join("\n").length).toBeLessThanOrEqual(10);
  });

  it("GIVEN a line longer than the limit THEN it stands alone, never beside an empty run", () => {
    expect(packLines(["ab", "x".repeat(12), "cd"], 10, length)).toEqual([["ab"], ["x".repeat(12)], ["cd"]]);
  });

  it("GIVEN no lines THEN no run at all (an empty section is an error)", () => {
    expect(packLines([], 10, length)).toEqual([]);
  });

  it("GIVEN lines that carry more than text THEN the measure given is the one used", () => {
    const lines = [
      { text: "abcd", quiet: true },
      { text: "efghi", quiet: false },
    ];
    expect(packLines(lines, 9, (line) => line.text.length)).toEqual([[lines[0]], [lines[1]]]);
  });
});
