import { describe, expect, it } from "vitest";
import { latestValueThrottle } from "../../src/runtime/latest-value-throttle.js";

describe("latestValueThrottle", () => {
  it("GIVEN a burst of values THEN the first goes out and the last is never lost", async () => {
    const delivered: number[] = [];
    const throttle = latestValueThrottle(async (v: number) => {
      delivered.push(v);
    }, 60_000);
    for (let i = 1; i <= 10; i++) throttle.push(i);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(delivered).toEqual([10]);
    throttle.push(11);
    throttle.push(12);
    await throttle.flush();
    expect(delivered).toEqual([10, 12]);
  });

  it("GIVEN a failing delivery THEN later values are still delivered", async () => {
    const delivered: number[] = [];
    const throttle = latestValueThrottle(async (v: number) => {
      if (v === 1) throw new Error("429");
      delivered.push(v);
    }, 0);
    throttle.push(1);
    await throttle.flush();
    throttle.push(2);
    await throttle.flush();
    expect(delivered).toEqual([2]);
  });
});
