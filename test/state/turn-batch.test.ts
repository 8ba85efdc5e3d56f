import { describe, expect, it } from "vitest";
import { turnBatch } from "../../src/state/turn-batch.js";

describe("turnBatch: the writes of one turn in one call", () => {
  it("GIVEN three items added in one turn THEN one write takes them in order and each caller gets its answer", async () => {
    const writes: number[][] = [];
    const batch = turnBatch((items: readonly number[]) => {
      writes.push([...items]);
      return items.map((n) => n * 10);
    });
    const answers = await Promise.all([batch.add(1), batch.add(2), batch.add(3)]);
    expect(answers).toEqual([10, 20, 30]);
    expect(writes).toEqual([[1, 2, 3]]);
    expect(await batch.add(4)).toBe(40);
    expect(writes).toEqual([[1, 2, 3], [4]]);
  });

  it("GIVEN the write fails THEN every item of its batch fails with its error", async () => {
    const batch = turnBatch((): string[] => {
      throw new Error("SQLITE_BUSY");
    });
    const answers = await Promise.allSettled([batch.add("a"), batch.add("b")]);
    expect(answers.map((a) => a.status)).toEqual(["rejected", "rejected"]);
  });

  it("GIVEN a flush before the turn ends THEN what waits is written at once, and only once", async () => {
    let calls = 0;
    const batch = turnBatch((items: readonly string[]) => {
      calls += 1;
      return items.map((s) => s.toUpperCase());
    });
    const answer = batch.add("x");
    batch.flush();
    expect(calls).toBe(1);
    expect(await answer).toBe("X");
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toBe(1);
  });
});
