import { describe, expect, it } from "vitest";
import { connectionLimiter } from "../../src/probes/connection-limiter.js";

const microtasks = async (count: number) => {
  for (let i = 0; i < count; i++) await Promise.resolve();
};

describe("connectionLimiter", () => {
  it("GIVEN eleven sweep attempts and a limit of three THEN never more than three are open and all complete in order of arrival", async () => {
    const limit = connectionLimiter(3);
    let open = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        limit(async () => {
          started.push(i);
          open++;
          peak = Math.max(peak, open);
          await new Promise((resolve) => setTimeout(resolve, 2));
          open--;
          return i * 2;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(results).toEqual(Array.from({ length: 11 }, (_, i) => i * 2));
  });

  it("GIVEN a limit of one and sixty acquisitions arriving at staggered microtasks while others finish THEN a woken waiter is never overtaken and at most one is ever open", async () => {
    // A newcomer that lands between a release and the woken waiter resuming must queue, not slip in beside it.
    const limit = connectionLimiter(1);
    let open = 0;
    let peak = 0;
    let finished = 0;
    const runs: Promise<void>[] = [];
    const attempt = async () => {
      open++;
      peak = Math.max(peak, open);
      await microtasks(1);
      open--;
      finished++;
    };
    const arrive = (generation: number) => {
      runs.push(limit(attempt));
      if (generation < 60) void microtasks(generation % 6).then(() => arrive(generation + 1));
    };
    for (let i = 0; i < 5; i++) arrive(i * 12);
    while (runs.length > finished) await Promise.all(runs);
    expect(peak).toBe(1);
    expect(finished).toBe(runs.length);
  });

  it("GIVEN a task that fails THEN its slot is released for the next", async () => {
    const limit = connectionLimiter(1);
    await expect(limit(async () => Promise.reject(new Error("reset")))).rejects.toThrow("reset");
    expect(await limit(async () => "next")).toBe("next");
  });
});
