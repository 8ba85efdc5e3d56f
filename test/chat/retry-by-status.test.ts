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
