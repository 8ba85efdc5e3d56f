import { describe, expect, it } from "vitest";
import { decodeSlashCommand } from "../../../adapters/slack/decode-slash-command.js";

describe("decodeSlashCommand: what /rdp-fix <text> asks for", () => {
  it.each([
    ["host42 0x904 since monday", { kind: "start", host: "host42", text: "0x904 since monday" }],
    ["  host42  ", { kind: "start", host: "host42", text: "" }],
    ["host42 -p 3390 0x904", { kind: "start", host: "host42", port: 3390, text: "0x904" }],
    ["host42 --port 3390", { kind: "start", host: "host42", port: 3390, text: "" }],
    ["2001:db8::7 -p 3389 fails", { kind: "start", host: "2001:db8::7", port: 3389, text: "fails" }],
    ["10.0.0.5 it says 0x904 -p 1", { kind: "start", host: "10.0.0.5", text: "it says 0x904 -p 1" }],
    [
      "<http://host42.corp.example|host42.corp.example> since the update",
      { kind: "start", host: "host42.corp.example", text: "since the update" },
    ],
    ["<http://host42.corp.example> x", { kind: "start", host: "host42.corp.example", text: "x" }],
    [
      "host42 error &lt;0x904&gt; &amp; <@U123|bob> says <https://kb.example/x|KB>",
      { kind: "start", host: "host42", text: "error <0x904> & @bob says KB" },
    ],
  ])("GIVEN %j THEN it starts a diagnosis", (text, expected) => {
    expect(decodeSlashCommand(text)).toEqual(expected);
  });

  it.each(["", "   ", "help", "HELP", "--help", "-h", "help me please"])(
    "GIVEN %j THEN it is help",
    (text) => {
      expect(decodeSlashCommand(text)).toEqual({ kind: "help" });
    },
  );

  it.each([
    ["handoff", { kind: "handoff" }],
    ["handoff <@U123|bob>", { kind: "handoff", to: "<@U123>" }],
    ["Handoff <@W0ABC>", { kind: "handoff", to: "<@W0ABC>" }],
    ["handoff <!subteam^S123|@oncall>", { kind: "handoff", to: "<!subteam^S123>" }],
    ["handoff @bob", { kind: "handoff", to: "@bob" }],
  ])("GIVEN %j THEN it hands off", (text, expected) => {
    expect(decodeSlashCommand(text)).toEqual(expected);
  });

  it.each([
    "handoff <!channel>",
    "handoff <!here>",
    "handoff @channel",
    "handoff @bob @carol",
    "handoff <https://evil.example|bob>",
    "-p 3390 host42",
    "host42 -p",
    "host42 -p 0",
    "host42 --port 70000",
    "host42 --port abc",
    `${"a".repeat(254)} x`,
    "<!channel> 0x904",
    "<mailto:a@b.example|a@b.example>",
    "host&amp;42",
  ])("GIVEN %j THEN it is invalid, with a message saying what to type", (text) => {
    const decoded = decodeSlashCommand(text);
    expect(decoded).toEqual({ kind: "invalid", message: expect.any(String) });
    if (decoded.kind === "invalid") expect(decoded.message).not.toMatch(/<!|<@/);
  });
});
