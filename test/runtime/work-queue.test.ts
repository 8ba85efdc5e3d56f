import { describe, expect, it } from "vitest";
import { workQueue } from "../../src/runtime/work-queue.js";

describe("workQueue", () => {
  it("GIVEN more jobs than slots THEN at most that many run at once and all of them finish", async () => {
    let running = 0;
    let peak = 0;
    const finished: number[] = [];
    const queue = workQueue(3, () => {});
    for (let i = 0; i < 10; i++) {
      queue.push(`job ${i}`, async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        finished.push(i);
      });
    }
    await queue.drained();
    expect(peak).toBe(3);
    expect(finished.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("GIVEN a job that fails THEN the error is reported with its label and the queue goes on", async () => {
    const errors: string[] = [];
    const queue = workQueue(1, (error, label) => errors.push(`${label}: ${(error as Error).message}`));
    let ran = false;
    queue.push("broken", async () => {
      throw new Error("boom");
    });
    queue.push("fine", async () => {
      ran = true;
    });
    await queue.drained();
    expect(errors).toEqual(["broken: boom"]);
    expect(ran).toBe(true);
  });

  it("GIVEN a pushed job THEN it does not start in the same turn, so an ack already sent goes out first", () => {
    let started = false;
    const queue = workQueue(1, () => {});
    queue.push("later", async () => {
      started = true;
    });
    expect(started).toBe(false);
  });
});
