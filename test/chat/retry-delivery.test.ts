import { describe, expect, it } from "vitest";
import { type RetryVerdict, retryDelivery } from "../../src/chat/retry-delivery.js";

/** A virtual clock: sleeping moves it on at once, and every wait is recorded. */
function virtualTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    clock: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

/** A call that fails with these errors in turn, then answers "posted". */
function failing(...errors: unknown[]) {
  return {
    call: async () => {
      if (errors.length > 0) throw errors.shift();
      return "posted";
    },
  };
}

const outage = { status: 503 };
const retryable = (error: unknown): RetryVerdict =>
  (error as { status?: number }).status === 404 ? { retry: false } : { retry: true };

describe("retryDelivery", () => {
  it("GIVEN three server errors THEN it waits 1 s, 2 s and 4 s and delivers on the fourth try", async () => {
    const time = virtualTime();
    const call = failing(outage, outage, outage);
    let retries = 0;
    const result = await retryDelivery(
      { call: call.call, verdict: retryable },
      { until: 60_000, ...time, onRetry: () => retries++ },
    );
    expect(result).toEqual({ ok: true, value: "posted", attempts: 4 });
    expect(time.waits).toEqual([1_000, 2_000, 4_000]);
    expect(retries).toBe(3);
  });

  it("GIVEN a failure the platform calls final THEN it is not tried again", async () => {
    const time = virtualTime();
    const gone = { status: 404 };
    const result = await retryDelivery(
      { call: failing(gone).call, verdict: retryable },
      { until: 60_000, ...time },
    );
    expect(result).toEqual({ ok: false, error: gone, attempts: 1 });
    expect(time.waits).toEqual([]);
  });

  it("GIVEN the next wait would pass the deadline THEN it stops there with the last error", async () => {
    const time = virtualTime();
    const call = failing(outage, outage, outage, outage, outage);
    const result = await retryDelivery({ call: call.call, verdict: retryable }, { until: 5_000, ...time });
    expect(result).toEqual({ ok: false, error: outage, attempts: 3 });
    expect(time.waits).toEqual([1_000, 2_000]);
  });

  it("GIVEN a cap on attempts THEN it stops after that many calls with time to spare", async () => {
    const time = virtualTime();
    const call = failing(outage, outage, outage, outage, outage);
    const result = await retryDelivery(
      { call: call.call, verdict: retryable },
      { until: 600_000, attempts: 2, ...time },
    );
    expect(result).toEqual({ ok: false, error: outage, attempts: 2 });
    expect(time.waits).toEqual([1_000]);
  });

  it("GIVEN a rate limit asking for longer than the backoff THEN the wait is the platform's", async () => {
    const time = virtualTime();
    const call = failing({ status: 429 });
    const limited = (): RetryVerdict => ({ retry: true, waitAtLeastMs: 7_000 });
    const result = await retryDelivery({ call: call.call, verdict: limited }, { until: 60_000, ...time });
    expect(result.ok).toBe(true);
    expect(time.waits).toEqual([7_000]);
  });

  it("GIVEN a long outage THEN the waits stop growing at the cap", async () => {
    const time = virtualTime();
    const call = failing(...Array.from({ length: 8 }, () => outage));
    await retryDelivery(
      { call: call.call, verdict: retryable },
      { until: 600_000, maxDelayMs: 30_000, ...time },
    );
    expect(time.waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
