import { describe, expect, it } from "vitest";
import { countedDelivery } from "../../src/chat/counted-delivery.js";
import type { RetryVerdict } from "../../src/chat/retry-delivery.js";
import type { Metrics } from "../../src/runtime/metrics.js";

/** Counts what a delivery reports, by platform. */
function countingMetrics() {
  const counted: string[] = [];
  const metrics: Metrics = {
    diagnosisStarted: () => {},
    diagnosisFinished: () => {},
    probeRun: () => {},
    probeRefused: () => {},
    ackLatency: () => {},
    chatApiError: (platform) => counted.push(`error:${platform}`),
    chatApiRetry: (platform) => counted.push(`retry:${platform}`),
  };
  return { metrics, counted };
}

/** Errors say whether they are worth another try; the test's stand-in for a platform's verdict. */
const verdict = (error: unknown): RetryVerdict => ({ retry: (error as Error).message === "busy" });
const noWait = { sleep: async () => {} };

/** A call that fails with each of `errors` in turn, then answers "sent". */
function failing(...errors: string[]) {
  let calls = 0;
  const call = async () => {
    calls += 1;
    const error = errors.shift();
    if (error !== undefined) throw new Error(error);
    return "sent";
  };
  return { call, calls: () => calls };
}

describe("countedDelivery: a platform's API calls retried and counted under its name", () => {
  it("GIVEN a busy platform that then answers THEN the value comes back marked retried, the retries counted", async () => {
    const { metrics, counted } = countingMetrics();
    const deliver = countedDelivery("chat-x", verdict, metrics, noWait);
    const { call, calls } = failing("busy", "busy");
    expect(await deliver(call)).toEqual({ ok: true, value: "sent", retried: true });
    expect(calls()).toBe(3);
    expect(counted).toEqual(["retry:chat-x", "retry:chat-x"]);
  });

  it("GIVEN a final failure THEN it is returned, not thrown, after one call, and counted as an error", async () => {
    const { metrics, counted } = countingMetrics();
    const deliver = countedDelivery("chat-x", verdict, metrics, noWait);
    const { call, calls } = failing("not_in_channel");
    const delivery = await deliver(call);
    expect(delivery.ok).toBe(false);
    expect(delivery.ok ? undefined : (delivery.error as Error).message).toBe("not_in_channel");
    expect(calls()).toBe(1);
    expect(counted).toEqual(["error:chat-x"]);
  });

  it("GIVEN a platform busy for longer than the attempts allow THEN it stops at the last attempt", async () => {
    const { metrics, counted } = countingMetrics();
    const deliver = countedDelivery("chat-x", verdict, metrics, { ...noWait, attempts: 2 });
    const { call, calls } = failing("busy", "busy", "busy");
    expect((await deliver(call)).ok).toBe(false);
    expect(calls()).toBe(2);
    expect(counted).toEqual(["retry:chat-x", "error:chat-x"]);
  });

  it("GIVEN a budget shorter than the first wait THEN no retry starts past it", async () => {
    const deliver = countedDelivery("chat-x", verdict, undefined, { ...noWait, budgetMs: 500 });
    const { call, calls } = failing("busy");
    expect((await deliver(call)).ok).toBe(false);
    expect(calls()).toBe(1);
  });
});
