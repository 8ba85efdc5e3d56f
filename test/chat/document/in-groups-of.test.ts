import { describe, expect, it } from "vitest";
import { inGroupsOf } from "../../../src/chat/document/in-groups-of.js";

describe("items in groups under a count limit", () => {
  it("GIVEN 12 buttons and rows of 5 THEN rows of 5, 5 and 2, in order", () => {
    const buttons = Array.from({ length: 12 }, (_, i) => `b${i}`);
    const rows = inGroupsOf(buttons, 5);
    expect(rows.map((row) => row.length)).toEqual([5, 5, 2]);
    expect(rows.flat()).toEqual(buttons);
  });

  it("GIVEN nothing THEN no group at all (an empty row is an error on every platform)", () => {
    expect(inGroupsOf([], 5)).toEqual([]);
  });
});
