import pino from "pino";
import { describe, expect, it } from "vitest";
import { postFirstMessage } from "../../src/chat/post-first-message.js";
import type { DeliveryAttempt } from "../../src/chat/retry-delivery.js";

const outage = new Error("503 from the platform");

function harness() {
  let now = 0;
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const timing = {
    clock: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    logger,
  };
  return { logs, timing };
}

const alwaysFailing: DeliveryAttempt<never> = {
  call: () => Promise.reject(outage),
  verdict: () => ({ retry: true }),
};

describe("postFirstMessage", () => {
  it("GIVEN posting fails for the whole budget THEN the person is told once, with the host and how long it tried", async () => {
    const { logs, timing } = harness();
    const told: string[] = [];
    const tell = (text: string): DeliveryAttempt<void> => ({
      call: async () => void told.push(text),
      verdict: () => ({ retry: false }),
    });
    const posted = await postFirstMessage(
      { host: "host42", post: alwaysFailing, tell },
      { ...timing, until: 10_000, deadline: 600_000 },
    );
    expect(posted).toBeUndefined();
    expect(told).toEqual([
      "Sorry, I could not start the diagnosis of `host42`: posting to this channel kept failing for 7 s. Please run the command again in a few minutes.",
    ]);
    expect(logs.find((l) => l.level === 50)).toMatchObject({
      host: "host42",
      attempts: 4,
      triedForMs: 7_000,
    });
  });

  it("GIVEN the reply channel fails too THEN the lost command is logged as lost, and nothing throws", async () => {
    const { logs, timing } = harness();
    const posted = await postFirstMessage(
      { host: "host42", post: alwaysFailing, tell: () => alwaysFailing },
      { ...timing, until: 3_000, deadline: 600_000 },
    );
    expect(posted).toBeUndefined();
    expect(logs.map((l) => l.msg)).toContain("could not tell the person either: the command is lost");
  });

  it("GIVEN the job's deadline comes before the budget THEN no try starts after the deadline", async () => {
    const { timing } = harness();
    let calls = 0;
    const post: DeliveryAttempt<string> = {
      ...alwaysFailing,
      call: () => {
        calls += 1;
        return Promise.reject(outage);
      },
    };
    const tell = (): DeliveryAttempt<void> => ({ call: async () => {}, verdict: () => ({ retry: false }) });
    await postFirstMessage({ host: "host42", post, tell }, { ...timing, until: 120_000, deadline: 2_500 });
    expect(calls, "tries at 0 s and 1 s; the next would start at 3 s").toBe(2);
  });
});
