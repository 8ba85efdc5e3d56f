import { describe, expect, it } from "vitest";
import { escapeDiscordMarkdown } from "../../../adapters/discord/escape-discord-markdown.js";
import { formatDiscordCode } from "../../../adapters/discord/format-discord-code.js";
import { formatDiscordPerson } from "../../../adapters/discord/format-discord-person.js";
import { inlineToDiscord } from "../../../adapters/discord/inline-to-discord.js";
import { truncateDiscordText } from "../../../adapters/discord/truncate-discord-text.js";
import { prose } from "../../../src/chat/document/prose.js";
import { readable } from "./inspect-discord-message.js";

describe("escaping text for Discord", () => {
  it.each([
    ["@everyone and @here", "@\u200beveryone and @\u200bhere"],
    [
      "<@123> <@!123> <@&456> <#789> <t:1:R> </cmd:1>",
      "\\<@123\\> \\<@!123\\> \\<@&456\\> \\<#789\\> \\<t:1:R\\> \\</cmd:1\\>",
    ],
    [
      "**bold** __u__ ~~s~~ ||spoiler|| `code`",
      "\\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`",
    ],
    ["[click](https://evil.example)", "\\[click\\](https://evil.example)"],
    ["# heading", "\\# heading"],
    ["-# subtext", "\\-# subtext"],
    ["> quote", "\\> quote"],
    ["- item", "\\- item"],
    ["1. first", "1\\. first"],
    ["C:\\Windows", "C:\\\\Windows"],
    ["127.0.0.1 and 0x904", "127.0.0.1 and 0x904"],
  ])("GIVEN %j THEN it is shown as written, inert", (text, escaped) => {
    expect(escapeDiscordMarkdown(text)).toBe(escaped);
    expect(readable(escapeDiscordMarkdown(text))).toBe(text);
  });

  it("GIVEN a line break before a heading, ESC sequences or a bidi override THEN it stays one inert line", () => {
    expect(escapeDiscordMarkdown("ok\r\n# FAKE\u001b[2J \u202eevil")).toBe("ok # FAKE evil");
    expect(inlineToDiscord(prose("for `a\u001b]0;t\u0007` b\nc"))).toBe("for `a` b c");
  });

  it("GIVEN the engine's prose with inline code THEN the code stays code and the rest is escaped", () => {
    expect(inlineToDiscord(prose("Finished for a_b. Start with `/rdp-fix <host>`."))).toBe(
      "Finished for a\\_b. Start with `/rdp-fix <host>`.",
    );
    expect(inlineToDiscord(prose("`@everyone` <@&1>"))).toBe("`@\u200beveryone` \\<@&1\\>");
  });

  it("GIVEN a command with a fence in it THEN the code block cannot be closed early", () => {
    expect(formatDiscordCode("echo ```\n@everyone", "bash")).toBe("```bash\necho ``\u200b`\n@everyone\n```");
    expect(formatDiscordCode("certlm.msc > Remote Desktop", "gui")).toBe("`certlm.msc > Remote Desktop`");
    expect(formatDiscordCode("a`b", "gui")).toBe("```\na`b\n```");
  });

  it.each([
    ["222222222222222222", "<@222222222222222222>"],
    ["<@!222222222222222222>", "<@222222222222222222>"],
    ["U0ALICE", "U0ALICE"],
    ["<@&123456789012345678>", "\\<@&123456789012345678\\>"],
    ["@everyone", "@\u200beveryone"],
  ])("GIVEN the person %j THEN they are shown as %j", (who, shown) => {
    expect(formatDiscordPerson(who)).toBe(shown);
  });

  it("GIVEN text cut inside a code block or after a backslash THEN the block is closed and no escape dangles", () => {
    const cut = truncateDiscordText("see\n```\nsome long command here\n```", 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.split("```").length % 2).toBe(1);
    expect(truncateDiscordText("abc\\*def", 5)).toBe("abc…");
    expect(truncateDiscordText("ab😀cd", 4)).toBe("ab…");
  });
});
