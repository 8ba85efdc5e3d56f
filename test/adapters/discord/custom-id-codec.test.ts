import { describe, expect, it } from "vitest";
import {
  decodeDiscordAction,
  encodeActionOption,
  encodeActionSelect,
  encodeAnswerOption,
  encodeAnswerSelect,
  encodeDiscordAction,
} from "../../../adapters/discord/custom-id-codec.js";
import { discordLimits } from "../../../adapters/discord/discord-limits.js";
import { knownFlowIds } from "../../../src/chat/action-codec/known-flow-ids.js";
import type { ChatAction as DiscordAction } from "../../../src/runtime/chat-action.js";
import { shippedFlow } from "../../support/engine-conversation.js";
import { seededRandom } from "../../support/seeded-random.js";

const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";

/** One example of every action kind; the Record makes a new kind fail to compile until it is added here. */
const examples: { [K in DiscordAction["kind"]]: Extract<DiscordAction, { kind: K }> } = {
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

const roundTrip = (action: DiscordAction, session: string, known?: Iterable<string>) =>
  decodeDiscordAction(encodeDiscordAction(action, session), [], known);

function randomAction(seed: number): DiscordAction {
  const random = seededRandom(seed);
  // Ids from 1 to about 60 characters, so some actions only fit hashed.
  const id = () =>
    Array.from({ length: 1 + Math.floor(random.next() * 12) }, () =>
      Math.floor(random.next() * 36 ** 4).toString(36),
    ).join("-");
  const host = random.pick(["host42", "10.0.0.5", "2001:db8::7", "rdp-01.corp.example", "PC_042"]);
  return random.pick<DiscordAction>([
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

describe("the Discord custom-id codec", () => {
  it("GIVEN an answer THEN the custom_id is rf:a:<compact session>:<question>:<answer>", () => {
    expect(encodeDiscordAction(examples.answer, sessionId)).toBe(
      "rf:a:~bxwqnlt9TgqcOy2PfmobQA:error-shown:code-0x904",
    );
  });

  it.each(Object.values(examples))("GIVEN $kind THEN decoding the encoding gives it back", (action) => {
    const expected = action.kind === "start-from-triage" ? "" : sessionId;
    expect(roundTrip(action, sessionId)).toEqual({ action, sessionId: expected });
  });

  it("GIVEN a session id that is not a UUID THEN it travels as it is", () => {
    expect(encodeDiscordAction({ kind: "handoff" }, "session-1")).toBe("rf:h:session-1");
    expect(roundTrip({ kind: "handoff" }, "session-1")).toEqual({
      action: { kind: "handoff" },
      sessionId: "session-1",
    });
  });

  it("GIVEN 1000 random actions, ids up to 60 characters long THEN every custom_id fits and decodes back", () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const action = randomAction(seed);
      const customId = encodeDiscordAction(action, sessionId);
      expect(customId.length, `seed ${seed}`).toBeLessThanOrEqual(discordLimits.customId);
      const known = Object.values(action).map(String);
      expect(decodeDiscordAction(customId, [], known), `seed ${seed}`).toEqual({
        action,
        sessionId: action.kind === "start-from-triage" ? "" : sessionId,
      });
    }
  });

  it("GIVEN every answer and every fix of the shipped flow THEN each custom_id fits with its ids in plain sight", () => {
    const flow = shippedFlow();
    const actions: DiscordAction[] = [
      ...flow.questions.flatMap((q) =>
        q.answers.map((a) => ({ kind: "answer", questionId: q.id, answerId: a.id }) as const),
      ),
      ...flow.causes.flatMap((c) =>
        c.fixes.map(
          (f) => ({ kind: "fix-feedback", causeId: c.id, fixId: f.id, outcome: "did-not-help" }) as const,
        ),
      ),
    ];
    const ids = actions.map((action) => encodeDiscordAction(action, sessionId));
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(discordLimits.customId);
    expect(ids.filter((id) => id.includes("#"))).toEqual([]);
    // The longest pair today: tls-version-mismatch / reenable-legacy-tls-on-client.
    expect(encodeDiscordAction(actions.at(-1) ?? examples.handoff, sessionId)).toMatch(/^rf:f:~/);
  });

  describe("GIVEN a cause and fix id of 60 characters each (longer than a custom_id can carry)", () => {
    const causeId = `cause-${"a".repeat(54)}`;
    const fixId = `fix-${"b".repeat(56)}`;
    const action: DiscordAction = { kind: "fix-feedback", causeId, fixId, outcome: "worked" };
    const customId = encodeDiscordAction(action, sessionId);

    it("THEN both travel hashed, and the flow's ids turn them back", () => {
      expect(customId).toMatch(/^rf:f:~[\w-]{22}:#[\w-]{8}:#[\w-]{8}:w$/);
      expect(decodeDiscordAction(customId, [], ["other-id", causeId, fixId])).toEqual({ action, sessionId });
    });

    it("THEN a flow that no longer has those ids gets an error, never a guess", () => {
      expect(decodeDiscordAction(customId, [], ["other-id"])).toEqual({
        error: expect.stringMatching(/does not have/),
      });
      expect(decodeDiscordAction(customId, [])).toHaveProperty("error");
    });
  });

  it("GIVEN a pick in an answer select THEN the custom_id names the question and the value is the answer", () => {
    const customId = encodeAnswerSelect("error-shown", sessionId);
    expect(customId).toBe("rf:q:~bxwqnlt9TgqcOy2PfmobQA:error-shown");
    expect(decodeDiscordAction(customId, [encodeAnswerOption("code-0x904")])).toEqual({
      action: examples.answer,
      sessionId,
    });
    const second = encodeAnswerSelect("error-shown", sessionId, 2);
    expect(second).toBe(`${customId}:2`);
    expect(decodeDiscordAction(second, ["code-0x904"])).toEqual({ action: examples.answer, sessionId });
  });

  it("GIVEN a pick in an action select THEN the value carries the action and the custom_id the session", () => {
    const feedback = { ...examples["fix-feedback"], outcome: "did-not-help" } as const;
    const value = encodeActionOption(feedback);
    expect(value).toBe("f:cert-expired:regenerate-self-signed:n");
    expect(decodeDiscordAction(encodeActionSelect(sessionId), [value])).toEqual({
      action: feedback,
      sessionId,
    });
  });

  it("GIVEN a triage offer for an IPv6 host THEN the host is the whole rest of the custom_id", () => {
    expect(encodeDiscordAction({ kind: "start-from-triage", host: "2001:db8::7" }, "")).toBe(
      "rf:t:2001:db8::7",
    );
  });

  it("GIVEN the two consent buttons and both feedback outcomes THEN their custom_ids differ", () => {
    const ids = [
      encodeDiscordAction({ kind: "consent", allow: true }, sessionId),
      encodeDiscordAction({ kind: "consent", allow: false }, sessionId),
      encodeDiscordAction({ ...examples["fix-feedback"], outcome: "worked" }, sessionId),
      encodeDiscordAction({ ...examples["fix-feedback"], outcome: "did-not-help" }, sessionId),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [""],
    ["rf"],
    ["rf:"],
    ["other-app:a:session-1:error-shown:code-0x904"],
    ["RF:a:session-1:error-shown:code-0x904"],
    ["rf:a:session-1:error-shown"],
    ["rf:a:session-1:error-shown:code-0x904:extra"],
    ["rf:a:session-1:Error-Shown:code-0x904"],
    ["rf:a:session-1:error-shown:"],
    ["rf:a::error-shown:code-0x904"],
    ["rf:a:~tooshort:error-shown:code-0x904"],
    ["rf:c:session-1:maybe"],
    ["rf:f:session-1:cert-expired:regenerate-self-signed:great"],
    ["rf:m:session-1:now"],
    ["rf:z:session-1"],
    ["rf:q:session-1:error-shown"],
    ["rf:v:session-1"],
    ["rf:t:"],
    ["rf:t:<@&123>"],
    ["rf:t:@everyone"],
    ["rf:toString:session-1"],
    ["rf:__proto__:session-1"],
    [`rf:h:${"x".repeat(200)}`],
  ])("GIVEN custom_id %j THEN it is an error, not an action", (customId) => {
    expect(decodeDiscordAction(customId)).toEqual({ error: expect.any(String) });
  });

  it.each([
    ["rf:q:session-1:error-shown", ["Code 0x904"]],
    ["rf:q:session-1:error-shown", ["code-0x904", "code-0x204"]],
    ["rf:q:session-1:error-shown:1", ["code-0x904"]],
    ["rf:v:session-1", ["t:host42"]],
    ["rf:v:session-1", ["v:h"]],
    ["rf:v:session-1", ["q:error-shown"]],
    ["rf:h:session-1", ["h"]],
  ])("GIVEN custom_id %j with values %j THEN it is an error", (customId, values) => {
    expect(decodeDiscordAction(customId, values)).toEqual({ error: expect.any(String) });
  });

  it("GIVEN junk that is not a string at all, or random text THEN decoding answers an error and never throws", () => {
    for (const junk of [undefined, null, 42, {}, [], ["rf:h:s"]]) {
      expect(decodeDiscordAction(junk as unknown as string)).toHaveProperty("error");
      expect(decodeDiscordAction("rf:q:s:error-shown", junk as unknown as string[])).toHaveProperty("error");
    }
    const random = seededRandom(7);
    const known = knownFlowIds(shippedFlow());
    const alphabet = "rf:aqvt~#-_x019é\u0000";
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random.next() * 40) }, () =>
        random.pick([...alphabet]),
      ).join("");
      expect(() => decodeDiscordAction(text, [text], known)).not.toThrow();
    }
  });
});
