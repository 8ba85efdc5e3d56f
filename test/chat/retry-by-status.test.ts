import { describe, expect, it } from "vitest";
import { retryByStatus } from "../../src/chat/retry-by-status.js";

describe("retryByStatus: another try, by the status a chat API answered with", () => {
  it.each([
    [undefined, true],
    [0, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ])("GIVEN status %j THEN retry is %j", (status, retry) => {
    expect(retryByStatus(status)).toEqual({ retry });
  });
});

describe("retryByStatus with a rate limit's Retry-After", () => {
  it.each([
    [2, 2_000],
    [0, 0],
    [-5, 0],
    [600, 30_000],
  ])("GIVEN 429 with Retry-After %j s THEN the next try waits at least %j ms", (seconds, waitAtLeastMs) => {
    expect(retryByStatus(429, seconds)).toEqual({ retry: true, waitAtLeastMs });
  });

  it("GIVEN a hint on another status, or a hint that is no number THEN the status alone decides", () => {
    expect(retryByStatus(503, 5)).toEqual({ retry: true });
    expect(retryByStatus(404, 5)).toEqual({ retry: false });
    expect(retryByStatus(429, "soon")).toEqual({ retry: true });
  });
});
