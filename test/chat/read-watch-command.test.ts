import { describe, expect, it } from "vitest";
import { readTextCommand, type TextCommandDialect } from "../../src/chat/read-text-command.js";

const plain: TextCommandDialect = {
  commandSyntax: "/rdp-fix <host>",
  person: (words) => words,
  host: (word) => word.replace(/^<(.*)>$/, "$1"),
};

describe("readTextCommand: watch, watch list and unwatch", () => {
  it.each([
    ["watch host42", { kind: "watch", host: "host42" }],
    [
      "watch HOST42.corp.example every 6h",
      { kind: "watch", host: "host42.corp.example", everyMs: 21_600_000 },
    ],
    ["watch host42 -p 3390 every 30m", { kind: "watch", host: "host42", port: 3390, everyMs: 1_800_000 }],
    ["Watch host42 EVERY 1d --port 3390", { kind: "watch", host: "host42", port: 3390, everyMs: 86_400_000 }],
    ["watch <host42>", { kind: "watch", host: "host42" }],
    ["watch list", { kind: "watch-list" }],
    ["unwatch host42", { kind: "unwatch", host: "host42" }],
    ["unwatch 2001:db8::7 -p 3389", { kind: "unwatch", host: "2001:db8::7", port: 3389 }],
    // A host that happens to be called "watch" is still diagnosed the long way.
    ["diagnose watch 0x904", { kind: "start", host: "watch", text: "0x904" }],
  ])("GIVEN %j THEN it reads %j", (text, expected) => {
    expect(readTextCommand(text, plain)).toEqual(expected);
  });

  it.each([
    ["watch", /Name the host to watch: `\/rdp-fix watch host42 every 6h`/],
    ["watch -p 3390", /Name the host to watch/],
    ["unwatch", /Name the host to stop watching: `\/rdp-fix unwatch host42`/],
    ["watch host42 every", /Name the host to watch/],
    ["watch host42 every soon", /Say how often as a number and a unit \(s, m, h or d\)/],
    ["watch host42 every 0m", /Say how often/],
    ["watch host42 every 6h every 1h", /Name the host to watch/],
    ["watch host42 because", /Name the host to watch/],
    ["unwatch host42 every 6h", /Name the host to stop watching/],
    ["watch bad!host", /^I cannot use that host: /],
    ["watch host42 -p 70000", /^I cannot use that port: /],
  ])("GIVEN %j THEN it is refused with what to type", (text, expected) => {
    const read = readTextCommand(text, plain);
    expect(read.kind).toBe("invalid");
    expect(read.kind === "invalid" && read.message).toMatch(expected);
  });
});
