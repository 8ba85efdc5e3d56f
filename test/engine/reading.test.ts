import { describe, expect, it } from "vitest";
import { type Reply, readDescription } from "../../src/engine/index.js";
import { maxDescriptionChars } from "../../src/engine/tokenize-description.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";
import { capToSixteenthsRatio, fastestReads, times } from "../support/reading-cost.js";

const flow = shippedFlow();
const read = (text: string) =>
  Object.fromEntries(readDescription(flow, text).map((f) => [f.questionId, f.answerId]));

function readingOf(replies: Reply[]) {
  const reading = replies.find((r) => r.kind === "reading");
  if (reading?.kind !== "reading") throw new Error(`no reading among ${replies.map((r) => r.kind)}`);
  return reading;
}

describe("reading the person's words before the first question", () => {
  it("GIVEN `/rdp-fix host42 only fails over the VPN since Monday` THEN both facts are answered, shown once, and the VPN is not asked", () => {
    const bot = engineConversation(flow);
    const { replies } = bot.start("host42", { text: "only fails over the VPN since Monday" });
    expect(replies.map((r) => r.kind)).toEqual(["reading", "question"]);
    expect(readingOf(replies).facts.map((f) => [f.questionId, f.answerId, f.words])).toEqual([
      ["network-path", "vpn-only-fails", "only fails over the vpn"],
      ["since-when", "sudden", "since monday"],
    ]);
    const asked: string[] = [];
    for (let i = 0; i < 10 && bot.last.kind === "question"; i++) {
      asked.push(bot.last.questionId);
      const dontKnow = flow.questions.find((q) => q.id === asked.at(-1))?.answers.find((a) => a.dontKnow);
      bot.answer(asked.at(-1) ?? "", dontKnow?.id ?? "");
    }
    expect(asked).not.toContain("network-path");
    expect(asked).not.toContain("since-when");
  });

  it.each([
    ["not only me", { "who-affected": "everyone" }],
    ["only me, the others are fine", { "who-affected": "only-this-client" }],
    ["everyone else can connect", { "who-affected": "only-this-client" }],
    ["no VPN, I'm in the office", { "network-path": "same-network" }],
    ["no VPN involved", {}],
    ["nothing changed on the server as far as I know", { "recent-change": "nothing-known" }],
    ["works by IP", { "by-ip": "ip-works" }],
    ["fails by IP too", { "by-ip": "same-failure" }],
    ["doesn't work by ip either", { "by-ip": "same-failure" }],
    ["since patch Tuesday", { "since-when": "sudden", "recent-change": "updates" }],
    ["it never worked", { "since-when": "never-worked" }],
    ["it isn't intermittent", {}],
    ["it never fails over the vpn", {}],
    ["we did not rename it", {}],
    ["no idea why. only me", { "who-affected": "only-this-client" }],
    ["no, only me", { "who-affected": "only-this-client" }],
    ["nobody changed anything", { "recent-change": "nothing-known" }],
    ["not by ip either", { "by-ip": "same-failure" }],
  ])("GIVEN %j THEN negation and scope read as %j", (text, facts) => {
    expect(read(text)).toEqual(facts);
  });

  it("GIVEN support-chat shorthand THEN w/, RDPing, win11, 2k8r2 and cert are read as the words they stand for", () => {
    expect(read("RDPing w/ win11 to a 2k8r2 box gives a cert warning")).toEqual({
      "client-app": "windows-11",
      "server-os": "2008r2-or-older",
      "error-shown": "cert-warning",
    });
  });

  it.each([
    "0x904",
    "error 2308",
    "extended 0x7",
    "0x00000904",
    "Error code: 0x904, Extended error code: 0x7",
  ])("GIVEN the error code written as %j THEN the client's message is read as 0x904 / 0x7", (text) => {
    expect(read(text)).toEqual({ "error-shown": "code-0x904" });
  });

  it("GIVEN two answers to one question worded equally long THEN neither is read", () => {
    expect(read("windows 11 or windows 10, not sure")).toEqual({});
  });

  it("GIVEN a post with no facts THEN nothing is shown and the first question comes as before", () => {
    const bot = engineConversation(flow);
    const { replies } = bot.start("host42", { text: "hi, can someone help me with remote desktop please?" });
    expect(replies.map((r) => r.kind)).toEqual(["question"]);
    expect(bot.session.reading ?? []).toEqual([]);
  });

  it("GIVEN an --answer and the text on the same question THEN the deliberate answer stands and the text is not shown for it", () => {
    const bot = engineConversation(flow);
    const { replies } = bot.start("host42", {
      text: "only me since yesterday",
      answers: [{ questionId: "who-affected", answerId: "everyone" }],
    });
    expect(readingOf(replies).facts.map((f) => f.questionId)).toEqual(["since-when"]);
    expect(bot.session.answers.find((a) => a.questionId === "who-affected")?.answerId).toBe("everyone");
  });

  it("GIVEN a wrong reading THEN Change it asks that question with the reading as a hint, and the new answer replaces it", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { text: "the server was renamed; everyone fails" });
    expect(bot.session.answers.map((a) => `${a.questionId}=${a.answerId}`)).toEqual([
      "recent-change=renamed",
      "who-affected=everyone",
    ]);
    bot.send({ kind: "correct-reading", questionId: "who-affected", user: "alice" });
    const asked = bot.last;
    if (asked.kind !== "question") throw new Error(`expected a question, got ${asked.kind}`);
    expect(asked.questionId).toBe("who-affected");
    expect(asked.readAs?.answerId).toBe("everyone");
    bot.answer("who-affected", "only-this-client");
    expect(bot.session.answers.filter((a) => a.questionId === "who-affected")).toHaveLength(1);
    expect(bot.session.answers.find((a) => a.questionId === "who-affected")?.answerId).toBe(
      "only-this-client",
    );
    expect(bot.session.reading?.map((f) => f.questionId)).toEqual(["recent-change"]);
  });

  it("GIVEN a correction of something that was not read THEN it says so and changes nothing", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { text: "since yesterday" });
    const before = bot.session;
    const { replies, session } = bot.send({
      kind: "correct-reading",
      questionId: "who-affected",
      user: "alice",
    });
    expect(replies).toEqual([{ kind: "notice", text: expect.stringContaining("not read from the message") }]);
    expect(session).toBe(before);
  });

  it("GIVEN a describe event mid-conversation THEN its facts answer open questions and the conversation moves on", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    const { replies } = bot.send({
      kind: "describe",
      text: "we renamed the server last week",
      user: "alice",
    });
    expect(readingOf(replies).facts.map((f) => `${f.questionId}=${f.answerId}`)).toEqual([
      "recent-change=renamed",
    ]);
    expect(replies.at(-1)?.kind).toMatch(/^(question|diagnosis)$/);
  });

  it("GIVEN probing pending THEN a describe is kept for later and a correction only forgets", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: true, text: "only me" });
    expect(bot.session.status).toBe("awaiting-consent");
    bot.send({ kind: "correct-reading", questionId: "who-affected", user: "alice" });
    expect(bot.session.answers).toEqual([]);
    expect(bot.last.kind).toBe("notice");
  });
});

describe("reading a hostile post is linear and bounded", () => {
  const fastest = (reads: readonly string[]) => fastestReads(flow, reads);

  it("GIVEN 100 KB of text THEN facts past the cap are not read, and it costs what the cap costs, as 1 MB does", () => {
    const filler = "lorem ipsum dolor sit amet ".repeat(4000);
    expect(filler.length).toBeGreaterThan(100_000);
    const post = `since yesterday ${filler} only me`;
    expect(readDescription(flow, post).map((f) => f.questionId)).toEqual(["since-when"]);
    const atCap = fastest(times(post.slice(0, maxDescriptionChars), 20));
    const hundredKb = fastest(times(post, 20));
    const oneMb = fastest(times(post.repeat(10), 20));
    // Bounded: 12 and 120 times the capped length, read in about the capped time (linear would be 12x, 120x).
    expect(hundredKb / atCap).toBeLessThan(4);
    expect(oneMb / atCap).toBeLessThan(4);
  });

  it("GIVEN control and bidi characters THEN they separate words and never reach the shown words", () => {
    const text = "only\u202eme\u0000 since\u2066 yesterday\u0007 \u200b0x904";
    const facts = readDescription(flow, text);
    expect(facts.map((f) => f.questionId)).toEqual(["who-affected", "since-when", "error-shown"]);
    for (const f of facts) expect(f.words).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  it("GIVEN a hostile 100 KB post of control, bidi and regex-killer text THEN it is read, and only its plain facts are", () => {
    const hostile = `${"\u202e\u0000a'".repeat(5000)}${"1.".repeat(20_000)}${"w/".repeat(20_000)}`;
    expect(hostile.length).toBeGreaterThanOrEqual(100_000);
    expect(readDescription(flow, `only me ${hostile}`)).toEqual([
      { questionId: "who-affected", answerId: "only-this-client", words: "only me" },
    ]);
  });

  it.each([
    ["a run of letters", (n: number) => `${"a".repeat(n)}!`],
    ["apostrophes", (n: number) => "a'".repeat(n / 2)],
    ["dotted numbers", (n: number) => `${"1.".repeat(n / 2)}x`],
    ["negations", (n: number) => `${"not ".repeat(n / 4)}only me`],
    ["shorthand", (n: number) => "w/".repeat(n / 2)],
    ["one wording over and over", (n: number) => "only me ".repeat(n / 8)],
    [
      "many facts over and over",
      (n: number) => "since yesterday only me 0x904 fails by ip too ".repeat(n / 46),
    ],
  ])(
    "GIVEN regex-killer text (%s) THEN one read of n characters costs what sixteen reads of n/16 cost",
    (_, killer) => {
      expect(capToSixteenthsRatio(flow, killer)).toBeLessThan(4);
    },
  );
});
