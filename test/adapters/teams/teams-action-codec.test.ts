import { describe, expect, it } from "vitest";
import { decodeTeamsAction, encodeTeamsAction } from "../../../adapters/teams/teams-action-codec.js";
import type { ChatAction } from "../../../src/runtime/chat-action.js";

// One of every ChatAction kind: the `satisfies` fails to compile when a kind is added and not listed here.
const everyAction = {
  consent: { kind: "consent", allow: false },
  answer: { kind: "answer", questionId: "error-code", answerId: "code-0x904" },
  skip: { kind: "skip", questionId: "error-code" },
  "change-reading": { kind: "change-reading", questionId: "who-affected" },
  "results-now": { kind: "results-now" },
  "fix-feedback": {
    kind: "fix-feedback",
    causeId: "cert-expired",
    fixId: "renew-cert",
    outcome: "did-not-help",
  },
  "rule-out-cause": { kind: "rule-out-cause", causeId: "cert-expired" },
  "check-server": { kind: "check-server" },
  "paste-server-report": { kind: "paste-server-report" },
  recheck: { kind: "recheck", causeId: "cert-expired", fixId: "renew-cert" },
  "show-more": { kind: "show-more" },
  handoff: { kind: "handoff" },
  resume: { kind: "resume" },
  cancel: { kind: "cancel" },
  "start-from-triage": { kind: "start-from-triage", host: "host42.corp.example" },
} satisfies { [K in ChatAction["kind"]]: Extract<ChatAction, { kind: K }> };

describe("the Teams action codec: ChatAction <-> Adaptive Card action data", () => {
  it.each(Object.values(everyAction))(
    "GIVEN $kind THEN it survives the round trip through the card",
    (action) => {
      const session = action.kind === "start-from-triage" ? "" : "0b9c7a52-2d5e-4f0e-9f41-6f2b7c1d8e90";
      // Teams echoes the data as JSON, so the round trip goes through JSON too.
      const echoed: unknown = JSON.parse(JSON.stringify(encodeTeamsAction(action, session)));
      expect(decodeTeamsAction(echoed)).toEqual({ kind: "click", action, sessionId: session });
    },
  );

  it("GIVEN a triage button whose host was tampered with THEN an error, read as a typed host is", () => {
    const forged = encodeTeamsAction({ kind: "start-from-triage", host: "-oProxyCommand=x" }, "");
    expect(decodeTeamsAction(forged)).toMatchObject({ kind: "error" });
  });

  it("GIVEN data of another app, or an action with extra fields THEN an error, never a click", () => {
    expect(decodeTeamsAction({ verb: "other-app" })).toMatchObject({ kind: "error" });
    const extra = { rdpfix: 1, session: "s", action: { kind: "cancel", also: "this" } };
    expect(decodeTeamsAction(extra)).toMatchObject({ kind: "error" });
  });
});
