import { describe, expect, it } from "vitest";
import { commandCatalogue, type WriteCommand } from "../../src/chat/command-catalogue.js";
import { commandFromOptions, givenOptions } from "../../src/chat/command-from-options.js";
import { commandHelpText } from "../../src/chat/command-help-text.js";
import { readTextCommand } from "../../src/chat/read-text-command.js";
import { writeTextCommand } from "../../src/chat/write-text-command.js";

const syntax = "@rdp-fix <host>";
const dialect = { commandSyntax: syntax, person: (words: string) => words };
/** Strips the platform's prefix: what a mention's text is once the bot's own mention is removed. */
const typed = (command: string) => command.replace(/^@rdp-fix ?/, "");
const reading = {
  write: writeTextCommand(syntax),
  person: (to: unknown) => (typeof to === "string" ? to : undefined),
  escape: (text: string) => text,
};

describe("the command catalogue", () => {
  it("GIVEN every command's help examples written in the text grammar THEN the grammar reads each back as that command", () => {
    for (const command of commandCatalogue)
      for (const options of command.helpExamples) {
        const values = Object.fromEntries(
          command.options.filter((o) => options.includes(o.name)).map((o) => [o.name, o.example]),
        );
        const read = readTextCommand(typed(writeTextCommand(syntax)(command.name, values)), dialect);
        expect(read.kind).toBe(command.name);
      }
  });

  it("GIVEN the catalogue's option examples THEN each is valid for its own option", () => {
    for (const command of commandCatalogue) {
      const values = Object.fromEntries(command.options.map((o) => [o.name, o.example]));
      expect(commandFromOptions(command.name, givenOptions(values), reading).kind).toBe(command.name);
    }
  });

  it("GIVEN a limit in the catalogue THEN typed text is held to it as typed options are", () => {
    expect(readTextCommand(`host42 ${"x".repeat(1000)}`, dialect)).toMatchObject({ kind: "start" });
    expect(readTextCommand(`host42 ${"x".repeat(1001)}`, dialect)).toEqual({
      kind: "invalid",
      message: "Keep the details under 1000 characters.",
    });
    expect(
      commandFromOptions("watch", givenOptions({ host: "host42", every: "00000000001h" }), reading),
    ).toEqual({
      kind: "invalid",
      message: "Say how often as a number and a unit (s, m, h or d): `@rdp-fix watch host42 every 6h`.",
    });
  });

  it("GIVEN an option given without a readable value THEN it is refused, never read as absent", () => {
    expect(commandFromOptions("start", givenOptions({ host: "host42", port: "" }), reading)).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^I cannot use that port: .* E\.g\. `@rdp-fix host42 -p 3390`\.$/),
    });
    expect(commandFromOptions("watch", givenOptions({ host: "host42", every: "" }), reading)).toMatchObject({
      kind: "invalid",
    });
  });

  it("GIVEN a platform's way of writing commands THEN help lists every command but help in it, then the platform's notes", () => {
    const write: WriteCommand = (name, values) => `<${name} ${JSON.stringify(values)}>`;
    const lines = commandHelpText(write, ["Only here."]).split("\n");
    expect(lines).toEqual([
      "Here is what you can ask me:",
      expect.stringMatching(
        /^• `<start \{"host":"host42","details":"what you see"\}>` or `<start \{"host":"host42","port":"3390"\}>`: Find out why/,
      ),
      expect.stringMatching(/^• `<handoff \{"to":"@oncall"\}>`: Post the whole diagnosis/),
      expect.stringMatching(/^• `<watch \{"host":"host42","every":"6h"\}>`: Warn in a thread/),
      "• `<watch-list {}>`: What is watched, how often, and when last checked.",
      '• `<unwatch {"host":"host42"}>`: Stop watching a host.',
      "• Only here.",
    ]);
  });
});
