import { describe, expect, it } from "vitest";
import { describeClockOffset } from "../../src/probes/describe-clock-offset.js";

describe("describeClockOffset", () => {
  it.each([
    [0, "within 1 s of ours"],
    [-400, "within 1 s of ours"],
    [-1_200, "1 s behind ours"],
    [452_000, "7 min 32 s ahead of ours"],
    [-2 * 3_600_000, "2 h behind ours"],
    [3 * 86_400_000 + 3_600_000 + 59_000, "3 d 1 h ahead of ours"],
  ])("GIVEN %d ms THEN it says %s", (offset, words) => {
    expect(describeClockOffset(offset)).toBe(words);
  });
});
