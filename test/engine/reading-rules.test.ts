import { describe, expect, it } from "vitest";
import { readDescription } from "../../src/engine/index.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";
import { capToSixteenthsRatio, readFacts } from "../support/reading-cost.js";

// The reading rules added for issue 20's reading precision and recall, one class at a time: each case is a
// way people write, not one post's phrase. Read with the shipped flow, so the wordings are the real ones.
const flow = shippedFlow();
const read = (text: string) => readFacts(flow, text);

describe("negation scope", () => {
  it.each([
    // A negative subject negates the word right after it only.
    ["nobody can connect since monday", { "since-when": "sudden", "who-affected": "everyone" }],
    ["nobody renamed it", {}],
    ["nobody patched the server", {}],
    ["nobody from the branch office can rdp", { "who-affected": "some" }],
    // A negation does not reach past "and", nor past a word of contrast.
    ["no vpn and only me", { "who-affected": "only-this-client" }],
    ["not on the vpn though only me", { "who-affected": "only-this-client" }],
    ["not renamed and rebooted daily", {}],
    // A failure said with a negation ("doesn't work") negates nothing after it.
    ["doesn't work since monday", { "since-when": "sudden" }],
    ["rdp isn't working for the whole team", { "who-affected": "everyone" }],
    ["it doesn't work by ip either", { "by-ip": "same-failure" }],
    ["doesn't work for everyone", {}],
    ["not working every time, only sometimes", { pattern: "sometimes" }],
    ["I renamed nothing, patched nothing", {}],
    // A gap never skips a negation.
    ["port test was not false", {}],
    ["the certificate has not expired", {}],
    ["without the vpn it's not fine either", {}],
    // A statement at the start of a longer wording of another question belongs to that one.
    ["nothing changed on my laptop", { "client-change": "nothing" }],
    ["nothing changed on the server", { "recent-change": "nothing-known" }],
  ])("GIVEN %j THEN it reads %j", (text, facts) => {
    expect(read(text)).toEqual(facts);
  });
});

describe("doubt, plans and old news", () => {
  it.each([
    ["not sure if it's everyone", {}],
    ["maybe the certificate expired", {}],
    ["no idea if it fails every time", {}],
    ["not sure, but only me so far", { "who-affected": "only-this-client" }],
    ["no idea why. since yesterday", { "since-when": "sudden" }],
    ["is it just me or is rdp broken?", {}],
    ["could it be the cert expired?", {}],
    ["a new fw rule blocked 3389 maybe?", {}],
    ["I'll run the port test and tell you if it says false", {}],
    ["planning to rename it next week", {}],
    ["the previous admin renamed it years ago", {}],
    ["tried rebooting, no change", {}],
    ["everyone fails i guess, since monday at least", { "since-when": "sudden" }],
  ])("GIVEN %j THEN nothing in a clause with doubt is read: %j", (text, facts) => {
    expect(read(text)).toEqual(facts);
  });
});

describe("contrast", () => {
  it.each([
    ["on the vpn it hangs, without the vpn it's fine", "vpn-only-fails"],
    ["fails through the vpn, fine on site", "vpn-only-fails"],
    ["over the vpn it fails; works in the office", "vpn-only-fails"],
    ["works on the lan, fails from home", "outside-fails"],
    ["we're all in the office", "same-network"],
  ])("GIVEN %j THEN the path reads as %s", (text, answer) => {
    expect(read(text)["network-path"]).toBe(answer);
  });

  it.each(["same from the office and over vpn", "fails with and without vpn", "fails on and off the vpn"])(
    "GIVEN %j (the path does not matter) THEN no path is read",
    (text) => {
      expect(read(text)["network-path"]).toBeUndefined();
    },
  );

  it("GIVEN the contrast read THEN its words show both sides", () => {
    const fact = readDescription(flow, "over the vpn it hangs. works in the office").find(
      (f) => f.questionId === "network-path",
    );
    expect(fact?.words).toBe("over the vpn … works in the office");
  });

  it.each([
    ["public ip, brute forced all night", { "internet-exposed": "under-attack" }],
    ["randomly fails, a reboot fixes it for a day", { pattern: "after-reboot" }],
    ["windows app on my macbook", { "client-app": "windows-app-current" }],
  ])("GIVEN %j THEN the more specific answer outranks the general one: %j", (text, facts) => {
    expect(read(text)).toMatchObject(facts);
  });

  it.each([
    ["everyone else ok", { "who-affected": "only-this-client" }],
    ["everyone else can connect", { "who-affected": "only-this-client" }],
    ["anyone else? fails since monday", { "since-when": "sudden" }],
    ["my old win7 pc fails, a colleague's win10 works", { "client-app": "windows-7" }],
  ])("GIVEN %j THEN the contrast is not read as its parts: %j", (text, facts) => {
    expect(read(text)).toEqual(facts);
  });
});

describe("time", () => {
  it.each([
    "since last week",
    "since this morning",
    "since saturday",
    "since the gpo change",
    "since the agent was deployed",
    "since crowdstrike was rolled out",
    "after patch tuesday",
    "was working fine until friday",
    "for two days now",
    "since 2 days",
    "as of this morning",
    "fine yesterday, broken today",
    "doesn't work since monday",
  ])("GIVEN %j THEN it worked and stopped at once", (text) => {
    expect(read(text)["since-when"]).toBe("sudden");
  });

  it.each([
    ["never been able to connect", "never-worked"],
    ["from day one it failed", "never-worked"],
    ["worse lately", "getting-worse"],
  ])("GIVEN %j THEN since-when reads %s", (text, answer) => {
    expect(read(text)["since-when"]).toBe(answer);
  });

  it.each([
    ["not every time", "sometimes"],
    ["not always", "sometimes"],
    ["occasionally", "sometimes"],
    ["every try", "always"],
    ["all the time", "always"],
  ])("GIVEN %j THEN the pattern reads %s", (text, answer) => {
    expect(read(text).pattern).toBe(answer);
  });
});

describe("what changed on the server", () => {
  it.each([
    ["WSUS pushed the monthly CU to the servers on Tuesday", "updates"],
    ["ran IISCrypto best practices on the host", "hardening"],
    ["turned off SSL 3 and TLS 1.0", "hardening"],
    ["a new wildcard cert for RDP", "certificate"],
    ["the server moved to a new VLAN", "dns-or-migration"],
    ["server was sysprepped from a template", "renamed"],
  ])("GIVEN %j THEN it reads %s", (text, answer) => {
    expect(read(text)["recent-change"]).toBe(answer);
  });

  it("GIVEN a new VM with a certificate warning THEN no certificate change is read", () => {
    expect(read("a new vm gives a certificate warning")["recent-change"]).toBeUndefined();
  });
});

describe("the moment it fails", () => {
  it.each([
    ["it doesn't even ask for the password", "at-connect"],
    ["fails before the login prompt appears", "at-connect"],
    ["right after I type the pw", "at-connect"],
    ["gets to the welcome screen then drops", "black-screen"],
    ["connection drops after 10 minutes", "mid-session"],
    ["sits on securing remote connection forever", "hangs-then-fails"],
  ])("GIVEN %j THEN it reads %s", (text, answer) => {
    expect(read(text)["when-fails"]).toBe(answer);
  });

  it("GIVEN 'immediately after logging in' (before or after the remote screen?) THEN the moment is not read", () => {
    expect(read("disconnects immediately after logging in")["when-fails"]).toBeUndefined();
  });
});

describe("scope", () => {
  it.each([
    ["some clients", "some"],
    ["a couple of users", "some"],
    ["half the office", "some"],
    ["not all of us", "some"],
    ["doesn't happen to everybody", "some"],
    ["not everybody", "some"],
    ["the whole accounting team", "everyone"],
    ["nothing works for anyone", "everyone"],
    ["for every1", "everyone"],
    ["nobody else has it", "only-this-client"],
    ["only two users", "some"],
    ["the new win11 laptops fail, the win10 ones still can", "some"],
    ["only the users in the warehouse", "some"],
    ["the entire company is affected", "everyone"],
    // The narrower scope wins over the wider one said in passing.
    ["nobody can rdp, it's about half the office", "some"],
    ["me and two coworkers, everyone else is ok", "some"],
    ["from my laptop only", "only-this-client"],
    ["colleagues on windows can connect", "only-this-client"],
  ])("GIVEN %j THEN who is affected reads %s", (text, answer) => {
    expect(read(text)["who-affected"]).toBe(answer);
  });

  it("GIVEN 'the other ones are fine' after my own laptop THEN no group is read", () => {
    expect(read("my laptop fails, the other ones are fine")["who-affected"]).toBeUndefined();
  });

  it("GIVEN 'a few' about time, not people THEN nobody's scope is read", () => {
    expect(read("black screen for a few secs then drops")["who-affected"]).toBeUndefined();
  });

  it.each([
    ["other servers r fine", "others-work"],
    ["other vms in the subnet work", "others-work"],
    ["the original still works fine", "others-work"],
    ["cannot rdp to any server", "all-fail"],
    ["I can rdp to every other server from this laptop", "others-work"],
    ["cannot rdp to any other server", "all-fail"],
    ["fails to every other server too", "all-fail"],
    ["the rest of the farm is fine", "others-work"],
  ])("GIVEN %j THEN other hosts read %s", (text, answer) => {
    expect(read(text)["other-hosts"]).toBe(answer);
  });
});

describe("shorthand, codes and pasted output", () => {
  it.each([
    ["w/o the vpn it's fine, on vpn it hangs", { "network-path": "vpn-only-fails" }],
    ["changed my pw yesterday", { "client-change": "password-or-saved" }],
    ["the old 2008r2 box", { "server-os": "2008r2-or-older" }],
    ["srv2019", { "server-os": "2016-2019" }],
    ["after the 24H2 upgrade", { "client-change": "client-updated", "client-app": "windows-11" }],
    ["0x904 ext err 0x7", { "error-shown": "code-0x904" }],
    ["port fwd on the router", { "network-path": "internet", "internet-exposed": "exposed" }],
    ["0x0000904 / 0x00000007", { "error-shown": "code-0x904" }],
    [
      "Remote Desktop can't connect to the remote computer for one of these reasons: 1) Remote access to the server is not enabled 2) The remote computer is turned off",
      { "error-shown": "code-0x204" },
    ],
    [
      "The connection has been lost. Attempting to reconnect to your session",
      { "when-fails": "mid-session" },
    ],
    ["WS2016 RDS host", { "server-os": "2016-2019" }],
    ["server is 2019 datacenter", { "server-os": "2016-2019" }],
    ["the certificate's date is invalid", { "cert-warning-detail": "expired" }],
    ["from my iPad with the RD client", { "client-app": "mac-old-app" }],
    ["it never worked by IP either", { "by-ip": "same-failure" }],
  ])("GIVEN %j THEN it reads %j", (text, facts) => {
    expect(read(text)).toMatchObject(facts);
  });

  it("GIVEN common typos THEN they are read as the words meant", () => {
    expect(read("somtimes it works, the certifcate expried. nobody can conect since yesturday")).toEqual({
      pattern: "sometimes",
      "cert-warning-detail": "expired",
      "who-affected": "everyone",
      "since-when": "sudden",
    });
  });

  it.each([
    ["TcpTestSucceeded : True", "true"],
    ["Test-NetConnection 3389 = False", "false"],
    ["tnc rds01 -port 3389 says false", "false"],
    ["port test True", "true"],
  ])("GIVEN the port test pasted as %j THEN it reads %s", (text, answer) => {
    expect(read(text)["port-test"]).toBe(answer);
  });

  it("GIVEN ping works THEN no remote tool is read: ping reaches the host, not a way in", () => {
    expect(read("ping works")["console-access"]).toBeUndefined();
    expect(read("powershell remoting still fine")["console-access"]).toBe("other-remote-tools");
  });

  it("GIVEN words joined by a slash THEN they are read apart", () => {
    expect(read("only me/since yesterday")).toEqual({
      "who-affected": "only-this-client",
      "since-when": "sudden",
    });
  });
});

describe("a post with several classes, as a conversation", () => {
  it("GIVEN contrast, scope, time and a pasted port test THEN all are answered and none is asked", () => {
    const bot = engineConversation(flow);
    bot.start("host42", {
      text: "since monday some users on the vpn get stuck on securing remote connection forever, w/o vpn it's fine. TcpTestSucceeded : True",
    });
    const read = Object.fromEntries((bot.session.reading ?? []).map((f) => [f.questionId, f.answerId]));
    expect(read).toEqual({
      "since-when": "sudden",
      "who-affected": "some",
      "network-path": "vpn-only-fails",
      "when-fails": "hangs-then-fails",
      "port-test": "true",
    });
    const asked: string[] = [];
    for (let i = 0; i < 10 && bot.last.kind === "question"; i++) {
      asked.push(bot.last.questionId);
      const dontKnow = flow.questions.find((q) => q.id === asked.at(-1))?.answers.find((a) => a.dontKnow);
      bot.answer(asked.at(-1) ?? "", dontKnow?.id ?? "");
    }
    for (const question of Object.keys(read)) expect(asked).not.toContain(question);
  });
});

describe("the new rules stay linear", () => {
  it.each([
    ["gap wordings that almost fit", (n: number) => "since the gpo and the ".repeat(n / 22)],
    ["doubt after doubt", (n: number) => "not sure maybe ".repeat(n / 15)],
    ["neutral wordings", (n: number) => "everyone else and over vpn ".repeat(n / 27)],
    ["slashes", (n: number) => "a/b/".repeat(n / 4)],
  ])("GIVEN %s THEN one read of n characters costs what sixteen reads of n/16 cost", (_, killer) => {
    expect(capToSixteenthsRatio(flow, killer)).toBeLessThan(4);
  });
});
