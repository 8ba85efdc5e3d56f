import { describe, expect, it } from "vitest";
import { readTextCommand, type TextCommandDialect } from "../../src/chat/read-text-command.js";

/** A platform with no markup of its own: people are `@Name`, text is as typed. */
const plain: TextCommandDialect = {
  commandSyntax: "@rdp-fix <host>",
  person: (words) => (/^@[\p{L} ]{1,40}$/u.test(words) ? words : undefined),
};

describe("readTextCommand: the one grammar of text commands", () => {
  it.each([
    ["host42 0x904 since monday", { kind: "start", host: "host42", text: "0x904 since monday" }],
    ["diagnose host42 0x904", { kind: "start", host: "host42", text: "0x904" }],
    ["host42 --port 3390", { kind: "start", host: "host42", port: 3390, text: "" }],
    ["2001:db8::7 -p 3389 fails", { kind: "start", host: "2001:db8::7", port: 3389, text: "fails" }],
    ["handoff", { kind: "handoff" }],
    ["handoff @Ada Lovelace", { kind: "handoff", to: "@Ada Lovelace" }],
    ["", { kind: "help" }],
    ["diagnose", { kind: "help" }],
    ["HELP me", { kind: "help" }],
  ])("GIVEN %j THEN it reads %j", (text, expected) => {
    expect(readTextCommand(text, plain)).toEqual(expected);
  });

  it("GIVEN a wrong port or no host THEN the message shows this platform's command to type", () => {
    expect(readTextCommand("host42 -p 0", plain)).toEqual({
      kind: "invalid",
      message: expect.stringContaining("E.g. `@rdp-fix host42 -p 3390`."),
    });
    expect(readTextCommand("-p 3390 host42", plain)).toEqual({
      kind: "invalid",
      message: "Start with the host: `@rdp-fix host42 -p 3390 what you see`.",
    });
    expect(readTextCommand("handoff <!channel>", plain)).toEqual({
      kind: "invalid",
      message: "Hand off to one person or group, e.g. `@rdp-fix handoff @oncall`.",
    });
  });

  it("GIVEN a dialect that wraps hosts, marks up text and escapes THEN each hook is applied where it belongs", () => {
    const marked: TextCommandDialect = {
      ...plain,
      host: (word) => word.replace(/^\[(.*)\]$/, "$1"),
      plainText: (text) => text.replaceAll("*", ""),
      escape: (text) => text.replaceAll(" ", "_"),
    };
    expect(readTextCommand("[host42] *bold* words", marked)).toEqual({
      kind: "start",
      host: "host42",
      text: "bold words",
    });
    // Only the problem is escaped, not the sentence around it.
    expect(readTextCommand("host!42", marked)).toEqual({
      kind: "invalid",
      message: expect.stringMatching(/^I cannot use that host: the_host_name_contains_"!",\S*\.$/),
    });
  });
});
