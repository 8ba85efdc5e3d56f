import { describe, expect, it } from "vitest";
import {
  decodeSlackAction,
  encodeAnswerSelect,
  encodeSlackAction,
} from "../../../adapters/slack/action-id-codec.js";
import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import type { ChatAction } from "../../../src/runtime/chat-action.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { seededRandom } from "../../support/seeded-random.js";

const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";

/** One example of every action kind; the Record makes a new kind fail to compile until it is added here. */
const examples: { [K in ChatAction["kind"]]: Extract<ChatAction, { kind: K }> } = {
  consent: { kind: "consent", allow: true },
  answer: { kind: "answer", questionId: "error-shown", answerId: "code-0x904" },
  skip: { kind: "skip", questionId: "recent-change" },
  "change-reading": { kind: "change-reading", questionId: "who-affected" },
  "results-now": { kind: "results-now" },
  "fix-feedback": {
    kind: "fix-feedback",
    causeId: "cert-expired",
    fixId: "regenerate-self-signed",
    outcome: "worked",
  },
  "rule-out-cause": { kind: "rule-out-cause", causeId: "cert-expired" },
  recheck: { kind: "recheck", causeId: "cert-expired", fixId: "regenerate-self-signed" },
  "show-more": { kind: "show-more" },
  "check-server": { kind: "check-server" },
  "paste-server-report": { kind: "paste-server-report" },
  handoff: { kind: "handoff" },
  resume: { kind: "resume" },
  cancel: { kind: "cancel" },
  "start-from-triage": { kind: "start-from-triage", host: "fe80::1%eth0" },
};

function randomAction(seed: number): ChatAction {
  const random = seededRandom(seed);
  const id = () =>
    Array.from({ length: 1 + Math.floor(random.next() * 4) }, () =>
      Math.floor(random.next() * 36 ** 4).toString(36),
    ).join("-");
  const host = random.pick(["host42", "10.0.0.5", "2001:db8::7", "rdp-01.corp.example", "PC_042"]);
  return random.pick<ChatAction>([
    { kind: "consent", allow: random.next() < 0.5 },
    { kind: "answer", questionId: id(), answerId: id() },
    { kind: "skip", questionId: id() },
    {
      kind: "fix-feedback",
      causeId: id(),
      fixId: id(),
      outcome: random.pick(["worked", "did-not-help"] as const),
    },
    { kind: "rule-out-cause", causeId: id() },
    { kind: "recheck", causeId: id(), fixId: id() },
    { kind: random.pick(["results-now", "show-more", "handoff", "resume", "cancel"] as const) },
    { kind: "start-from-triage", host },
  ]);
}

describe("the Slack action-id codec", () => {
  it("GIVEN an answer THEN the action_id names the question and answer and the value is the session", () => {
    expect(encodeSlackAction(examples.answer, sessionId)).toEqual({
      actionId: "rdpfix:answer:error-shown:code-0x904",
      value: sessionId,
    });
  });

  it.each(Object.values(examples))("GIVEN $kind THEN decoding the encoding gives it back", (action) => {
    const { actionId, value } = encodeSlackAction(action, sessionId);
    const expectedSession = action.kind === "start-from-triage" ? "" : sessionId;
    expect(decodeSlackAction(actionId, value)).toEqual({ action, sessionId: expectedSession });
  });

  it("GIVEN 500 random actions THEN every one survives the round trip", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const action = randomAction(seed);
      const { actionId, value } = encodeSlackAction(action, `session-${seed}`);
      const decoded = decodeSlackAction(actionId, value);
      expect(decoded, `seed ${seed}`).toEqual({
        action,
        sessionId: action.kind === "start-from-triage" ? "" : `session-${seed}`,
      });
    }
  });

  it("GIVEN a triage offer for an IPv6 host THEN the host travels in the value, never in the action_id", () => {
    const encoded = encodeSlackAction({ kind: "start-from-triage", host: "2001:db8::7" }, "");
    expect(encoded).toEqual({ actionId: "rdpfix:start-from-triage", value: "2001:db8::7" });
  });

  it("GIVEN a pick in an answer select THEN the selected option is the answer and the block id the session", () => {
    const { actionId, blockId } = encodeAnswerSelect("error-shown", sessionId);
    expect(actionId).toBe("rdpfix:answer-select:error-shown");
    expect(decodeSlackAction(actionId, blockId, "code-0x904")).toEqual({
      action: examples.answer,
      sessionId,
    });
  });

  it("GIVEN the two consent buttons and both feedback outcomes THEN their action_ids differ", () => {
    const ids = [
      encodeSlackAction({ kind: "consent", allow: true }, sessionId).actionId,
      encodeSlackAction({ kind: "consent", allow: false }, sessionId).actionId,
      encodeSlackAction({ ...examples["fix-feedback"], outcome: "worked" }, sessionId).actionId,
      encodeSlackAction({ ...examples["fix-feedback"], outcome: "did-not-help" }, sessionId).actionId,
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("GIVEN every question, answer, cause and fix of the shipped flow THEN each action_id fits Slack", () => {
    const flow = shippedFlow();
    const ids = [
      ...flow.questions.flatMap((q) =>
        q.answers.map((a) => ({ kind: "answer", questionId: q.id, answerId: a.id }) as const),
      ),
      ...flow.causes.flatMap((c) =>
        c.fixes.map(
          (f) => ({ kind: "fix-feedback", causeId: c.id, fixId: f.id, outcome: "did-not-help" }) as const,
        ),
      ),
    ].map((action) => encodeSlackAction(action, sessionId).actionId);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(slackLimits.actionId);
  });

  it.each([
    ["", sessionId],
    ["rdpfix", sessionId],
    ["rdpfix:", sessionId],
    ["other-app:answer:error-shown:code-0x904", sessionId],
    ["RDPFIX:answer:error-shown:code-0x904", sessionId],
    ["rdpfix:answer:error-shown", sessionId],
    ["rdpfix:answer:error-shown:code-0x904:extra", sessionId],
    ["rdpfix:answer:Error-Shown:code-0x904", sessionId],
    ["rdpfix:answer:error-shown:", sessionId],
    ["rdpfix:consent:maybe", sessionId],
    ["rdpfix:fix-feedback:cert-expired:regenerate-self-signed:great", sessionId],
    ["rdpfix:show-more:now", sessionId],
    ["rdpfix:teleport", sessionId],
    ["rdpfix:answer-select:error-shown", sessionId],
    ["rdpfix:answer:error-shown:code-0x904", ""],
    ["rdpfix:answer:error-shown:code-0x904", "two words"],
    ["rdpfix:answer:error-shown:code-0x904", "x".repeat(300)],
    ["rdpfix:start-from-triage", ""],
    ["rdpfix:start-from-triage", "<!channel>"],
    ["rdpfix:start-from-triage:host42", "host42"],
    ["rdpfix:toString", sessionId],
    ["rdpfix:__proto__", sessionId],
  ])("GIVEN action_id %j with value %j THEN it is an error, not an action", (actionId, value) => {
    expect(decodeSlackAction(actionId, value)).toEqual({ error: expect.any(String) });
  });

  it("GIVEN a select pick that is not an answer id THEN it is an error", () => {
    expect(decodeSlackAction("rdpfix:answer-select:error-shown", sessionId, "Code 0x904")).toHaveProperty(
      "error",
    );
  });

  it("GIVEN values that are not strings at all (a forged payload) THEN decoding answers an error and never throws", () => {
    for (const junk of [undefined, null, 42, {}, []]) {
      expect(decodeSlackAction(junk as unknown as string, sessionId)).toHaveProperty("error");
      expect(decodeSlackAction("rdpfix:handoff", junk as unknown as string)).toHaveProperty("error");
    }
  });
});
