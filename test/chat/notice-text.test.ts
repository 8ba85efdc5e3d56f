import { describe, expect, it } from "vitest";
import { discordCommandSyntax } from "../../adapters/discord/discord-command-syntax.js";
import { slackCommandSyntax } from "../../adapters/slack/slack-command-syntax.js";
import { noticeText } from "../../src/chat/notice-text.js";

describe("noticeText: the way to start over in each platform's own command", () => {
  it("GIVEN a notice without a restart hint THEN its text is shown as it is", () => {
    expect(noticeText({ text: "Probing was already decided." }, slackCommandSyntax)).toBe(
      "Probing was already decided.",
    );
  });

  it.each([
    [slackCommandSyntax, "No diagnosis is running here. Start one with `/rdp-fix <host>`."],
    [discordCommandSyntax, "No diagnosis is running here. Start one with `/rdp-fix host:<host>`."],
    ["rdp-fix diagnose <host>", "No diagnosis is running here. Start one with `rdp-fix diagnose <host>`."],
  ])("GIVEN nothing running and the syntax %s THEN the hint names that command", (syntax, text) => {
    expect(noticeText({ text: "No diagnosis is running here.", restart: { kind: "start" } }, syntax)).toBe(
      text,
    );
  });

  it("GIVEN a finished diagnosis of a known host THEN the command carries the host, to probe when that is the point", () => {
    const notice = {
      text: "Nothing to compare with.",
      restart: { kind: "start-new", host: "rdp01", toProbe: true },
    } as const;
    expect(noticeText(notice, discordCommandSyntax)).toBe(
      "Nothing to compare with. Start a new one with `/rdp-fix host:rdp01` to probe.",
    );
  });

  it("GIVEN a lost probe run THEN the person is told to run the command again to probe", () => {
    const notice = {
      text: "The check was interrupted.",
      restart: { kind: "probe-again", host: "rdp01" },
    } as const;
    expect(noticeText(notice, slackCommandSyntax)).toBe(
      "The check was interrupted. Run `/rdp-fix rdp01` again to probe.",
    );
  });
});
