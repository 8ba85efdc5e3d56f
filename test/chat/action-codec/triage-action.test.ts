import { describe, expect, it } from "vitest";
import { triageAction } from "../../../src/chat/action-codec/triage-action.js";

describe("the triage offer's click", () => {
  it.each(["host42.corp.example", "10.0.0.7", "fe80::1"])(
    "GIVEN host %j THEN a start without a session",
    (host) => {
      expect(triageAction(host)).toEqual({ action: { kind: "start-from-triage", host }, sessionId: "" });
    },
  );

  it.each(["-oProxyCommand=x", "", "two words", "a".repeat(300)])(
    "GIVEN a forged host %j THEN an error naming the problem, read as a typed host is",
    (host) => {
      expect(triageAction(host)).toEqual({
        error: expect.stringMatching(/^the triage button carries no usable host: .+/),
      });
    },
  );
});
